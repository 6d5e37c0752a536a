namespace LowLatency.Quant.Greeks;

/// <summary>
/// The sanity ranges enforced at the boundary. They are wide enough for any real market and narrow enough
/// that no intermediate (discount factors, d1, products of greeks and quantities) can overflow or become NaN.
/// </summary>
public static class RiskLimits
{
    /// <summary>Smallest accepted price or strike.</summary>
    public const double MinPrice = 1e-12;

    /// <summary>Largest accepted price or strike.</summary>
    public const double MaxPrice = 1e12;

    /// <summary>Longest accepted time to expiry, in years.</summary>
    public const double MaxTimeYears = 100.0;

    /// <summary>Largest accepted volatility (annualised, 1.0 = 100%).</summary>
    public const double MaxVolatility = 10.0;

    /// <summary>Largest accepted |rate| or |dividend yield| (continuously compounded, per year).</summary>
    public const double MaxAbsRate = 1.0;

    /// <summary>Largest accepted |quantity| and |multiplier| of a position.</summary>
    public const double MaxAbsQuantity = 1e12;

    /// <summary>Checks a price (spot, forward or fill).</summary>
    public static RiskInputError CheckPrice(double price) =>
        !double.IsFinite(price) ? RiskInputError.NotFinite
        : price <= 0 ? RiskInputError.NonPositivePrice
        : price < MinPrice || price > MaxPrice ? RiskInputError.PriceOutOfRange
        : RiskInputError.None;

    /// <summary>Checks a volatility.</summary>
    public static RiskInputError CheckVolatility(double volatility) =>
        !double.IsFinite(volatility) ? RiskInputError.NotFinite
        : volatility < 0 ? RiskInputError.NegativeVolatility
        : volatility > MaxVolatility ? RiskInputError.VolatilityOutOfRange
        : RiskInputError.None;

    /// <summary>Checks a time to expiry in years.</summary>
    public static RiskInputError CheckTime(double timeYears) =>
        !double.IsFinite(timeYears) ? RiskInputError.NotFinite
        : timeYears < 0 ? RiskInputError.NegativeTime
        : timeYears > MaxTimeYears ? RiskInputError.TimeOutOfRange
        : RiskInputError.None;

    /// <summary>Checks a rate or yield.</summary>
    public static RiskInputError CheckRate(double rate) =>
        !double.IsFinite(rate) ? RiskInputError.NotFinite
        : Math.Abs(rate) > MaxAbsRate ? RiskInputError.RateOutOfRange
        : RiskInputError.None;

    /// <summary>Checks a signed quantity or a multiplier.</summary>
    public static RiskInputError CheckQuantity(double quantity) =>
        double.IsFinite(quantity) && Math.Abs(quantity) <= MaxAbsQuantity ? RiskInputError.None : RiskInputError.QuantityOutOfRange;

    /// <summary>Checks every input of one option pricing; the first failure wins.</summary>
    public static RiskInputError CheckOption(double underlying, double strike, double timeYears, double volatility, double rate, double dividendYield)
    {
        RiskInputError e = CheckPrice(underlying);
        if (e != RiskInputError.None)
        {
            return e;
        }

        if (CheckPrice(strike) != RiskInputError.None)
        {
            return double.IsFinite(strike) ? RiskInputError.InvalidStrike : RiskInputError.NotFinite;
        }

        e = CheckTime(timeYears);
        if (e != RiskInputError.None)
        {
            return e;
        }

        e = CheckVolatility(volatility);
        if (e != RiskInputError.None)
        {
            return e;
        }

        e = CheckRate(rate);
        return e != RiskInputError.None ? e : CheckRate(dividendYield);
    }
}
