namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// The minimum-variance hedge in one instrument: the exposure to add and what it achieves. At the optimum the
/// variance reduction equals the squared correlation between the book and the hedge instrument.
/// </summary>
public readonly record struct HedgeResult(int HedgeFactor, double HedgeExposure, double VarianceBefore, double VarianceAfter)
{
    public double VarianceReduction => VarianceBefore > 0.0 ? 1.0 - (VarianceAfter / VarianceBefore) : 0.0;
}
