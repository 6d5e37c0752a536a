using System.Buffers.Binary;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Risk;
using LowLatency.Model.Fills;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Server.Journal;

/// <summary>
/// Payload layouts of the journal records (little endian, fixed field order; doubles as IEEE bits so a replay is
/// bit-exact). Writers encode into a span (no allocation); readers decode on the cold restart path.
/// </summary>
internal static class JournalCodec
{
    public const int FillLength = 8 + 4 + 4 + 1 + 8 + 1 + 8 + 1 + 8 + 1 + 8 + 8 + 8 + 8;
    public const int OrderSentLength = 8 + 8 + 4 + 4 + 1 + 1 + 8 + 8 + 1 + 4 + 8 + 8;
    public const int KillSwitchLength = 1 + 4 + 1 + 8;
    public const int CollateralLength = 8 + 8;

    public static int WriteFill(Span<byte> d, in FillEvent f)
    {
        int p = 0;
        Long(d, ref p, f.Sequence);
        Int(d, ref p, f.Instrument.Value);
        Int(d, ref p, f.Venue.Value);
        d[p++] = (byte)f.Side;
        Long(d, ref p, f.Quantity.Mantissa);
        d[p++] = (byte)f.Quantity.Scale;
        Long(d, ref p, f.Price.Mantissa);
        d[p++] = (byte)f.Price.Scale;
        Double(d, ref p, f.Fee);
        d[p++] = (byte)f.Liquidity;
        Long(d, ref p, f.OrderId);
        Long(d, ref p, (long)f.ExecIdHash);
        Long(d, ref p, f.TransactTimeUtcNs);
        Long(d, ref p, f.ReceiveTimestampNs);
        return p;
    }

    public static FillEvent ReadFill(ReadOnlySpan<byte> s)
    {
        int p = 0;
        long sequence = Long(s, ref p);
        var instrument = new InstrumentId(Int(s, ref p));
        var venue = new VenueId(Int(s, ref p));
        var side = (Side)s[p++];
        long qty = Long(s, ref p);
        int qtyScale = s[p++];
        long px = Long(s, ref p);
        int pxScale = s[p++];
        double fee = Double(s, ref p);
        var liquidity = (LiquidityIndicator)s[p++];
        return new FillEvent
        {
            Sequence = sequence,
            Instrument = instrument,
            Venue = venue,
            Side = side,
            Quantity = new Quantity(qty, qtyScale),
            Price = new Price(px, pxScale),
            Fee = fee,
            Liquidity = liquidity,
            OrderId = Long(s, ref p),
            ExecIdHash = (ulong)Long(s, ref p),
            TransactTimeUtcNs = Long(s, ref p),
            ReceiveTimestampNs = Long(s, ref p),
        };
    }

    public static int WriteOrderSent(Span<byte> d, in OrderSentRecord o)
    {
        int p = 0;
        Long(d, ref p, o.ClOrdId);
        Long(d, ref p, o.NextOrderSequence);
        Int(d, ref p, o.Instrument.Value);
        Int(d, ref p, o.Venue.Value);
        d[p++] = (byte)o.Side;
        d[p++] = (byte)o.Type;
        Long(d, ref p, o.QuantityMantissa);
        Long(d, ref p, o.PriceMantissa);
        d[p++] = (byte)o.Reason;
        Int(d, ref p, o.PolicyId);
        Long(d, ref p, o.DecisionNs);
        Long(d, ref p, o.UtcNs);
        return p;
    }

    public static OrderSentRecord ReadOrderSent(ReadOnlySpan<byte> s)
    {
        int p = 0;
        return new OrderSentRecord(
            Long(s, ref p), Long(s, ref p), new InstrumentId(Int(s, ref p)), new VenueId(Int(s, ref p)), (Side)s[p++], (OrderType)s[p++],
            Long(s, ref p), Long(s, ref p), (RebalanceReason)s[p++], Int(s, ref p), Long(s, ref p), Long(s, ref p));
    }

    public static int WriteKillSwitch(Span<byte> d, in KillSwitchRecord k)
    {
        int p = 0;
        d[p++] = (byte)k.Cause;
        Int(d, ref p, k.Venue);
        d[p++] = k.Active ? (byte)1 : (byte)0;
        Long(d, ref p, k.UtcNs);
        return p;
    }

    public static KillSwitchRecord ReadKillSwitch(ReadOnlySpan<byte> s)
    {
        int p = 0;
        return new KillSwitchRecord((KillSwitchCause)s[p++], Int(s, ref p), s[p++] != 0, Long(s, ref p));
    }

    public static int WriteCollateral(Span<byte> d, in CollateralRecord c)
    {
        int p = 0;
        Double(d, ref p, c.Amount);
        Long(d, ref p, c.UtcNs);
        return p;
    }

    public static CollateralRecord ReadCollateral(ReadOnlySpan<byte> s)
    {
        int p = 0;
        return new CollateralRecord(Double(s, ref p), Long(s, ref p));
    }

    public static int WriteStart(Span<byte> d, in StartRecord r)
    {
        int p = 0;
        Long(d, ref p, r.NextOrderSequence);
        Long(d, ref p, r.UtcNs);
        int n = Encoding.ASCII.GetBytes(r.Fingerprint, d[(p + 2)..]);
        BinaryPrimitives.WriteUInt16LittleEndian(d[p..], (ushort)n);
        return p + 2 + n;
    }

    public static StartRecord ReadStart(ReadOnlySpan<byte> s)
    {
        int p = 0;
        long next = Long(s, ref p);
        long utc = Long(s, ref p);
        int n = BinaryPrimitives.ReadUInt16LittleEndian(s[p..]);
        return new StartRecord(Encoding.ASCII.GetString(s.Slice(p + 2, n)), next, utc);
    }

    public static int WriteSequence(Span<byte> d, long nextOrderSequence, long utcNs)
    {
        int p = 0;
        Long(d, ref p, nextOrderSequence);
        Long(d, ref p, utcNs);
        return p;
    }

    public static int WriteStop(Span<byte> d, long utcNs)
    {
        BinaryPrimitives.WriteInt64LittleEndian(d, utcNs);
        return 8;
    }

    /// <summary>The smallest payload each type must have (a shorter one is corrupt, not merely old).</summary>
    public static int MinimumLength(JournalRecordType type) => type switch
    {
        JournalRecordType.Start => 18,
        JournalRecordType.Fill => FillLength,
        JournalRecordType.OrderSent => OrderSentLength,
        JournalRecordType.KillSwitch => KillSwitchLength,
        JournalRecordType.Collateral => CollateralLength,
        JournalRecordType.Inbound => 1,
        JournalRecordType.Stop => 8,
        JournalRecordType.OrderSequence => 16,
        _ => -1,
    };

    private static void Long(Span<byte> d, ref int p, long v)
    {
        BinaryPrimitives.WriteInt64LittleEndian(d[p..], v);
        p += 8;
    }

    private static void Int(Span<byte> d, ref int p, int v)
    {
        BinaryPrimitives.WriteInt32LittleEndian(d[p..], v);
        p += 4;
    }

    private static void Double(Span<byte> d, ref int p, double v) => Long(d, ref p, BitConverter.DoubleToInt64Bits(v));

    private static long Long(ReadOnlySpan<byte> s, ref int p)
    {
        long v = BinaryPrimitives.ReadInt64LittleEndian(s[p..]);
        p += 8;
        return v;
    }

    private static int Int(ReadOnlySpan<byte> s, ref int p)
    {
        int v = BinaryPrimitives.ReadInt32LittleEndian(s[p..]);
        p += 4;
        return v;
    }

    private static double Double(ReadOnlySpan<byte> s, ref int p) => BitConverter.Int64BitsToDouble(Long(s, ref p));
}
