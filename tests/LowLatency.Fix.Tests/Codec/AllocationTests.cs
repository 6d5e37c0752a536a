using System.Buffers;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class AllocationTests
{
    private static readonly byte[] Incremental = FixMessageBuilder.Valid(FixFixtures.MarketDataIncremental(entries: 10));
    private static readonly byte[] Report = FixMessageBuilder.Valid(FixFixtures.ExecutionReport());
    private readonly FixParser _parser = new();
    private readonly FixValidator _validator = new();
    private readonly FixMessageEncoder _encoder = new("ENGINE", "VENUE1");
    private readonly byte[] _buffer = new byte[1024];
    private long _sink;

    [Fact]
    public void FramingParsingValidatingAndReadingMarketDataAllocatesNothing()
    {
        long bytes = Allocations.Measure(() =>
        {
            FrameResult frame = FixFramer.Frame(Incremental);
            _parser.TryParse(Incremental.AsSpan(0, frame.Length), out FixMessage m);
            _sink += (int)_validator.Validate(m).Outcome;
            m.TryGetGroup(FixTag.NoMDEntries, out FixGroup entries);
            foreach (FixGroupEntry entry in entries)
            {
                entry.TryGetPrice(FixTag.MDEntryPx, out Price px);
                entry.TryGetQuantity(FixTag.MDEntrySize, out Quantity size);
                _sink += px.Mantissa + size.Mantissa;
            }
        });

        Assert.Equal(0, bytes);
    }

    [Fact]
    public void ParsingAnExecutionReportAcrossSegmentsAllocatesNothing()
    {
        ReadOnlySequence<byte> sequence = SegmentedSequence.Create(Report, 40, 90);
        var reader = new FixFrameReader();
        long bytes = Allocations.Measure(() =>
        {
            var sequenceReader = new SequenceReader<byte>(sequence);
            reader.TryRead(ref sequenceReader, out ReadOnlySpan<byte> frame);
            _parser.TryParse(frame, out FixMessage m);
            m.TryGetUtcTimestamp(FixTag.TransactTime, out long t);
            m.TryGetQuantity(FixTag.CumQty, out Quantity cum);
            _sink += t + cum.Mantissa + m.GetSpan(FixTag.ClOrdID).Length;
        });

        Assert.Equal(0, bytes);
    }

    [Fact]
    public void EncodingANewOrderSingleAndRewritingForResendAllocateNothing()
    {
        long now = new FakeClock().UtcEpochNanoseconds();
        byte[] resend = new byte[1024];
        long bytes = Allocations.Measure(() =>
        {
            now += 1_000_000;
            FixMessageWriter w = _encoder.Begin(_buffer, FixMsgType.NewOrderSingle, 12, now);
            w.WriteString(FixTag.ClOrdID, "ORD-12"u8);
            w.WriteString(FixTag.Symbol, "BTC-PERP"u8);
            w.WriteChar(FixTag.Side, '1');
            w.WriteUtcTimestamp(FixTag.TransactTime, now);
            w.WriteQuantity(FixTag.OrderQty, new Quantity(25, 1));
            w.WriteChar(FixTag.OrdType, '2');
            w.WritePrice(FixTag.Price, new Price(4325050, 2));
            w.TryFinish(out int length);
            _encoder.TryRewriteForResend(_buffer.AsSpan(0, length), now, resend, out int resent);
            _sink += resent;
        });

        Assert.Equal(0, bytes);
    }
}
