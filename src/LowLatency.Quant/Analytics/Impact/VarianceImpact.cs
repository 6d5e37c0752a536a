namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// What a candidate trade Δw does to portfolio variance: σ²_after = σ²_before + 2·wᵀΣΔw + ΔwᵀΣΔw. The cross
/// term is what makes a trade a hedge (negative) or a doubling-up (positive).
/// </summary>
public readonly record struct VarianceImpact(double VarianceBefore, double CrossTerm, double OwnTerm)
{
    /// <summary>Δσ² = 2·wᵀΣΔw + ΔwᵀΣΔw.</summary>
    public double Change => CrossTerm + OwnTerm;

    public double VarianceAfter => VarianceBefore + Change;

    public double VolatilityBefore => Math.Sqrt(Math.Max(VarianceBefore, 0.0));

    public double VolatilityAfter => Math.Sqrt(Math.Max(VarianceAfter, 0.0));

    /// <summary>1 − σ²_after/σ²_before: the share of variance a hedge removes (negative when the trade adds risk).</summary>
    public double VarianceReduction => VarianceBefore > 0.0 ? 1.0 - (VarianceAfter / VarianceBefore) : 0.0;
}
