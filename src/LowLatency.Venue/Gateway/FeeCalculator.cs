using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// The fee of one fill, exactly: LastPx × LastQty × bps / 10⁴ in integers (Int128), rounded half away from zero to
/// <see cref="Scale"/> decimals, for Commission(12). Rates are held in units of 10⁻⁴ bps, so configured fractional
/// bps (−0.25, 2.5) are exact and the hot path has no floating point.
/// </summary>
internal readonly struct FeeCalculator
{
    /// <summary>Decimals of every commission (satoshi-like precision; fees of tiny fills stay visible).</summary>
    public const int Scale = 8;

    private const long UnitsPerBps = 10_000;

    private static readonly Int128[] Pow10 = BuildPowers();

    private readonly long _makerUnits;
    private readonly long _takerUnits;

    public FeeCalculator(FeeSchedule fees)
    {
        _makerUnits = (long)Math.Round(fees.MakerBps * UnitsPerBps, MidpointRounding.AwayFromZero);
        _takerUnits = (long)Math.Round(fees.TakerBps * UnitsPerBps, MidpointRounding.AwayFromZero);
    }

    /// <summary>Positive: paid to the venue; negative: a rebate.</summary>
    public Price Commission(Price lastPrice, Quantity lastQuantity, LiquidityIndicator liquidity)
    {
        long units = liquidity == LiquidityIndicator.Maker ? _makerUnits : liquidity == LiquidityIndicator.Taker ? _takerUnits : 0;
        // fee = (p / 10^sp) (q / 10^sq) (units / 10^4 bps) / 10^4  →  mantissa at 10^-8 = p q units / 10^(sp + sq).
        Int128 numerator = (Int128)lastPrice.Mantissa * lastQuantity.Mantissa * units;
        Int128 divisor = Pow10[lastPrice.Scale + lastQuantity.Scale];
        Int128 quotient = Int128.DivRem(numerator, divisor).Quotient;
        Int128 remainder = numerator - (quotient * divisor);
        if (Int128.Abs(remainder) * 2 >= divisor)
        {
            quotient += Int128.Sign(numerator);
        }

        return new Price((long)quotient, Scale);
    }

    private static Int128[] BuildPowers()
    {
        var powers = new Int128[40];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
