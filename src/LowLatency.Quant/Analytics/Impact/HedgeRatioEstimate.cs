namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// Minimum-variance hedge ratio h* = ρ·σ_S/σ_F estimated from return series, with the correlation and the
/// hedge effectiveness ρ² (the share of variance the hedge removes).
/// </summary>
public readonly record struct HedgeRatioEstimate(double Ratio, double Correlation)
{
    public double Effectiveness => Correlation * Correlation;

    /// <summary>Hull's optimal number of contracts N* = h*·Q_A/Q_F for an exposure of Q_A units hedged with contracts of Q_F units.</summary>
    public double OptimalContracts(double exposureUnits, double contractUnits)
    {
        Guard.Finite(exposureUnits, nameof(exposureUnits));
        Guard.Positive(contractUnits, nameof(contractUnits));
        return Ratio * exposureUnits / contractUnits;
    }
}
