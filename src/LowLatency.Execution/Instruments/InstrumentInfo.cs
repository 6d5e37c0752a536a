using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;

namespace LowLatency.Execution.Instruments;

/// <summary>
/// What the hot path needs about one instrument, copied once from the configuration into a dense array: scales,
/// tick and lot as mantissas, limits as mantissas at the instrument's scales (compared as integers, exactly), the
/// wire symbol as bytes.
/// </summary>
public readonly struct InstrumentInfo
{
    internal InstrumentInfo(
        InstrumentId id, byte[] symbol, int priceScale, int quantityScale, long tick, long lot, long minQuantity,
        long maxOrderQuantity, long maxPosition, double maxOrderNotional, double collarBps, double multiplier)
    {
        Id = id;
        SymbolBytes = symbol;
        PriceScale = priceScale;
        QuantityScale = quantityScale;
        Tick = tick;
        Lot = lot;
        MinQuantity = minQuantity;
        MaxOrderQuantity = maxOrderQuantity;
        MaxPosition = maxPosition;
        MaxOrderNotional = maxOrderNotional;
        CollarBps = collarBps;
        Multiplier = multiplier;
        PriceDivisor = Pow10(priceScale);
        QuantityDivisor = Pow10(quantityScale);
        NotionalDivisor = Pow10(priceScale + quantityScale);
    }

    public InstrumentId Id { get; }

    internal byte[] SymbolBytes { get; }

    /// <summary>Symbol(55) bytes.</summary>
    public ReadOnlySpan<byte> Symbol => SymbolBytes;

    public int PriceScale { get; }

    public int QuantityScale { get; }

    /// <summary>Tick size mantissa at <see cref="PriceScale"/>.</summary>
    public long Tick { get; }

    /// <summary>Lot size mantissa at <see cref="QuantityScale"/>.</summary>
    public long Lot { get; }

    public long MinQuantity { get; }

    public long MaxOrderQuantity { get; }

    public long MaxPosition { get; }

    public double MaxOrderNotional { get; }

    public double CollarBps { get; }

    public double Multiplier { get; }

    /// <summary>10^PriceScale (exact): price = mantissa / divisor, correctly rounded (101.5 stays 101.5).</summary>
    public double PriceDivisor { get; }

    /// <summary>10^QuantityScale (exact).</summary>
    public double QuantityDivisor { get; }

    /// <summary>A price mantissa in price units.</summary>
    public double PriceToDouble(long mantissa) => mantissa / PriceDivisor;

    /// <summary>A quantity mantissa in units (contracts, coins).</summary>
    public double QuantityToDouble(long mantissa) => mantissa / QuantityDivisor;

    /// <summary>
    /// 10^(PriceScale + QuantityScale), exact in a double: notional = price mantissa × quantity mantissa × multiplier
    /// / divisor. Dividing by an exact power of ten (rather than multiplying by an inexact 10^-n) keeps notionals that
    /// are whole numbers exact, so limits hold at their exact threshold.
    /// </summary>
    public double NotionalDivisor { get; }

    /// <summary>Notional of <paramref name="quantity"/> (mantissa) at <paramref name="price"/> (mantissa, may be fractional, e.g. a mid).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Notional(long quantity, double price) => quantity * price * Multiplier / NotionalDivisor;

    public Price ToPrice(long mantissa) => new(mantissa, PriceScale);

    public Quantity ToQuantity(long mantissa) => new(mantissa, QuantityScale);

    private static double Pow10(int scale)
    {
        double value = 1;
        for (int i = 0; i < scale; i++)
        {
            value *= 10;
        }

        return value;
    }
}
