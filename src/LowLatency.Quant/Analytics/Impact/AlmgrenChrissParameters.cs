namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// Inputs of the Almgren–Chriss (2000) liquidation problem, in the paper's units: sell
/// <see cref="Shares"/> over <see cref="Horizon"/> (e.g. days) in <see cref="Intervals"/> equal steps;
/// <see cref="Volatility"/> σ is the price volatility in currency per unit per √time; permanent impact
/// γ (price per unit), temporary impact η (price per unit per unit of rate), fixed cost ε (half spread, price
/// units) and risk aversion λ (per currency).
/// </summary>
public sealed record AlmgrenChrissParameters(
    double Shares,
    double Horizon,
    int Intervals,
    double Volatility,
    double PermanentImpact,
    double TemporaryImpact,
    double FixedCost,
    double RiskAversion)
{
    /// <summary>τ = T/N.</summary>
    public double Tau => Horizon / Intervals;

    /// <summary>η̃ = η − ½γτ, the effective temporary impact once the permanent part's discreteness is netted out.</summary>
    public double AdjustedTemporaryImpact => TemporaryImpact - (0.5 * PermanentImpact * Tau);
}
