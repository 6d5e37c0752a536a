using BenchmarkDotNet.Attributes;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;

namespace LowLatency.Benchmarks.Fix;

/// <summary>
/// DESIGN.md budget: encode a NewOrderSingle ≤ 150 ns, 0 B: session header (CompIDs pre-encoded, SendingTime
/// from the per-second cache), body, BodyLength and CheckSum, into a preallocated buffer.
/// </summary>
[MemoryDiagnoser]
public class FixEncodeBenchmarks
{
    private readonly FixMessageEncoder _encoder = new("ENGINE", "VENUE1");
    private readonly byte[] _buffer = new byte[2048];
    private readonly MarketDataEntry[] _entries = new MarketDataEntry[2];
    private long _now = 1_767_603_600_000_000_000;
    private int _seq;

    [GlobalSetup]
    public void Setup()
    {
        _entries[0] = new MarketDataEntry { UpdateAction = '0', EntryType = '0', Price = new Price(4325050, 2), Size = new Quantity(125, 2) };
        _entries[1] = new MarketDataEntry { UpdateAction = '1', EntryType = '1', Price = new Price(4325100, 2), Size = new Quantity(50, 2) };
    }

    [Benchmark(Baseline = true, Description = "encode 35=D (typed writer calls)")]
    public int EncodeNewOrderSingleWriter()
    {
        _now += 1_000;
        FixMessageWriter w = _encoder.Begin(_buffer, FixMsgType.NewOrderSingle, ++_seq, _now);
        w.WriteString(FixTag.ClOrdID, "HEDGE-000123"u8);
        w.WriteString(FixTag.Account, "ACC-7"u8);
        w.WriteString(FixTag.Symbol, "BTC-PERP"u8);
        w.WriteChar(FixTag.Side, FixSide.Buy);
        w.WriteUtcTimestamp(FixTag.TransactTime, _now);
        w.WriteQuantity(FixTag.OrderQty, new Quantity(25, 1));
        w.WriteChar(FixTag.OrdType, FixOrdType.Limit);
        w.WritePrice(FixTag.Price, new Price(4325050, 2));
        w.WriteChar(FixTag.TimeInForce, FixTimeInForce.ImmediateOrCancel);
        w.TryFinish(out int length);
        return length;
    }

    [Benchmark(Description = "encode 35=D (NewOrderSingle struct)")]
    public int EncodeNewOrderSingleStruct()
    {
        _now += 1_000;
        var order = new NewOrderSingle
        {
            ClOrdId = "HEDGE-000123"u8, Account = "ACC-7"u8, Symbol = "BTC-PERP"u8, Side = FixSide.Buy, TransactTimeNanos = _now,
            OrderQty = new Quantity(25, 1), OrdType = FixOrdType.Limit, Price = new Price(4325050, 2), TimeInForce = FixTimeInForce.ImmediateOrCancel,
        };
        _encoder.TryEncode(_buffer, ++_seq, _now, order, out int length);
        return length;
    }

    [Benchmark(Description = "encode 35=X, 2 entries")]
    public int EncodeIncremental()
    {
        _now += 1_000;
        var refresh = new MarketDataIncrementalRefresh { MdReqId = "MD-1"u8, Symbol = "BTC-PERP"u8, Entries = _entries };
        _encoder.TryEncode(_buffer, ++_seq, _now, refresh, out int length);
        return length;
    }
}
