using LowLatency.Core.FixedPoint;

namespace LowLatency.Venue.Matching;

/// <summary>
/// AvgPx(6) exactly from the integer notional the book keeps (sum of ticks × lots): a fill at 100 and one
/// at 101 average to 100.5 even when the tick is 1, so the result carries <see cref="ExtraDecimals"/>
/// decimals beyond the price scale, rounded half up, without floating point.
/// </summary>
public static class AveragePriceMath
{
    /// <summary>Decimals added to the instrument's price scale (fewer if the scale would pass 18 or overflow).</summary>
    public const int ExtraDecimals = 4;

    private static readonly long[] Pow10 =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>The scale <see cref="Compute"/> uses for an instrument whose price scale is <paramref name="priceScale"/>.</summary>
    public static int ScaleFor(int priceScale) => Math.Min(priceScale + ExtraDecimals, Price.MaxScale);

    /// <summary>
    /// notional / cumLots converted to a price: <paramref name="notionalTicksLots"/> is Σ priceTicks × lots,
    /// <paramref name="tickMantissa"/> the tick at <paramref name="priceScale"/>. Zero when nothing filled.
    /// </summary>
    public static Price Compute(Int128 notionalTicksLots, long cumLots, long tickMantissa, int priceScale)
    {
        int scale = ScaleFor(priceScale);
        if (cumLots <= 0)
        {
            return new Price(0, scale);
        }

        Int128 quotient = Int128.DivRem(notionalTicksLots, cumLots).Quotient;
        Int128 remainder = notionalTicksLots - (quotient * cumLots);
        for (int extra = scale - priceScale; extra >= 0; extra--)
        {
            Int128 unit = (Int128)tickMantissa * Pow10[extra];
            Int128 whole = quotient * unit;
            // remainder < cumLots ≤ 2^40 and unit ≤ 10^18·10^4, so the product stays far inside Int128.
            Int128 fraction = ((remainder * unit * 2) + cumLots) / (2 * (Int128)cumLots);
            Int128 mantissa = whole + fraction;
            if (mantissa <= long.MaxValue && mantissa >= long.MinValue)
            {
                return new Price((long)mantissa, priceScale + extra);
            }
        }

        // Unreachable for validated books: the average lies between fill prices that each fit a long.
        return new Price(0, scale);
    }
}
