using LowLatency.Model.Instruments;

namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>
/// Everything a pricer needs about one option besides the underlying level, in the generalised
/// Black–Scholes–Merton convention (Haug): cost of carry b = r − q for equities and indices, b = 0 for
/// options on futures (Black-76), b = r − r_f for FX. Times in years, rates and volatility annualised.
/// </summary>
public readonly record struct OptionTerms(
    OptionRight Right,
    double Strike,
    double TimeToExpiry,
    double Volatility,
    double Rate,
    double CostOfCarry)
{
    /// <summary>The same option <paramref name="years"/> later (time to expiry floored at 0), for revaluation at a VaR horizon.</summary>
    public OptionTerms Aged(double years) => this with { TimeToExpiry = Math.Max(TimeToExpiry - years, 0.0) };

    /// <summary>max(S − K, 0) for a call, max(K − S, 0) for a put: the value at expiry.</summary>
    public double Intrinsic(double underlying) =>
        Right == OptionRight.Call ? Math.Max(underlying - Strike, 0.0) : Math.Max(Strike - underlying, 0.0);
}
