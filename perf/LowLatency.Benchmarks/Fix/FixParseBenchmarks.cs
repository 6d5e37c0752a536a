using BenchmarkDotNet.Attributes;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Validation;

namespace LowLatency.Benchmarks.Fix;

/// <summary>
/// DESIGN.md budget: parse a market-data message into a ring slot ≤ 150 ns, 0 B. "Into a ring slot" = frame
/// (BodyLength + CheckSum verified), parse with tag index and groups, decode every entry into a preallocated
/// array. The validated variants add the dictionary checks the session applies to every inbound message.
/// The "parse" rows are the parser alone (issue 4: ≤ 200 ns): a layout seen before (matched against its shape),
/// the full parse of every frame (shapes off: what a new layout costs), and a flow whose layouts change every
/// message (10, 2 and 7 entries in turn: three misses and full parses per round).
/// </summary>
[MemoryDiagnoser]
public class FixParseBenchmarks
{
    private readonly FixParser _parser = new();
    private readonly FixParser _fullParser = new() { UseShapes = false };
    private readonly FixValidator _validator = new();
    private readonly MarketDataEntry[] _slot = new MarketDataEntry[16];
    private byte[] _x2 = [];
    private byte[] _x10 = [];
    private byte[] _er = [];
    private byte[] _nos = [];
    private byte[][] _changing = [];

    [GlobalSetup]
    public void Setup()
    {
        _x2 = FixSamples.Build(FixSamples.Incremental(2));
        _x10 = FixSamples.Build(FixSamples.Incremental(10));
        _er = FixSamples.Build(FixSamples.ExecutionReport);
        _nos = FixSamples.Build(FixSamples.NewOrderSingle);
        _changing = [_x10, _x2, FixSamples.Build(FixSamples.Incremental(7))];
    }

    [Benchmark(Description = "parse 35=X, 10 entries")]
    public int Parse10() => _parser.TryParse(_x10, out FixMessage m) ? m.FieldCount : 0;

    [Benchmark(Description = "parse 35=X, 10 entries, full")]
    public int ParseFull10() => _fullParser.TryParse(_x10, out FixMessage m) ? m.FieldCount : 0;

    [Benchmark(Description = "parse 35=X, 10/2/7 entries in turn (per message)", OperationsPerInvoke = 3)]
    public int ParseChanging()
    {
        int fields = 0;
        foreach (byte[] frame in _changing)
        {
            fields += _parser.TryParse(frame, out FixMessage m) ? m.FieldCount : 0;
        }

        return fields;
    }

    [Benchmark(Description = "parse 35=8")]
    public int ParseReport() => _parser.TryParse(_er, out FixMessage m) ? m.FieldCount : 0;

    [Benchmark(Description = "parse 35=8, full")]
    public int ParseFullReport() => _fullParser.TryParse(_er, out FixMessage m) ? m.FieldCount : 0;

    [Benchmark(Description = "parse 35=D")]
    public int ParseOrder() => _parser.TryParse(_nos, out FixMessage m) ? m.FieldCount : 0;

    [Benchmark(Description = "parse 35=D, full")]
    public int ParseFullOrder() => _fullParser.TryParse(_nos, out FixMessage m) ? m.FieldCount : 0;

    [Benchmark(Baseline = true, Description = "frame+parse+decode 35=X, 2 entries")]
    public int ParseIncremental2() => ParseIntoSlot(_x2);

    [Benchmark(Description = "frame+parse+decode 35=X, 10 entries")]
    public int ParseIncremental10() => ParseIntoSlot(_x10);

    [Benchmark(Description = "frame+parse+validate+decode 35=X, 2 entries")]
    public int ParseValidateIncremental2() => ParseIntoSlot(_x2, validate: true);

    [Benchmark(Description = "frame+parse+decode 35=8")]
    public long ParseExecutionReport()
    {
        FrameResult frame = FixFramer.Frame(_er);
        _parser.TryParse(_er.AsSpan(0, frame.Length), out FixMessage message);
        ExecutionReport.TryRead(message, out ExecutionReport report);
        return report.CumQty.Mantissa + report.AvgPx.Mantissa + report.ClOrdId.Length;
    }

    [Benchmark(Description = "frame+parse+decode 35=D")]
    public long ParseNewOrderSingle()
    {
        FrameResult frame = FixFramer.Frame(_nos);
        _parser.TryParse(_nos.AsSpan(0, frame.Length), out FixMessage message);
        NewOrderSingle.TryRead(message, out NewOrderSingle order);
        return order.OrderQty.Mantissa + order.ClOrdId.Length + order.TransactTimeNanos;
    }

    [Benchmark(Description = "frame+parse+validate+decode 35=8")]
    public long ParseValidateExecutionReport()
    {
        FrameResult frame = FixFramer.Frame(_er);
        _parser.TryParse(_er.AsSpan(0, frame.Length), out FixMessage message);
        if (!_validator.Validate(message).IsValid)
        {
            return -1;
        }

        ExecutionReport.TryRead(message, out ExecutionReport report);
        return report.CumQty.Mantissa + report.AvgPx.Mantissa + report.ClOrdId.Length;
    }

    private int ParseIntoSlot(byte[] bytes, bool validate = false)
    {
        FrameResult frame = FixFramer.Frame(bytes);
        _parser.TryParse(bytes.AsSpan(0, frame.Length), out FixMessage message);
        if (validate && !_validator.Validate(message).IsValid)
        {
            return -1;
        }

        MarketDataIncrementalRefresh.TryReadEntries(message, _slot, out int count, out _);
        return count;
    }
}
