namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Value at Risk and Expected Shortfall as positive losses in currency at <see cref="Confidence"/>, with the
/// first two moments of the P&amp;L distribution the figure came from (σ for parametric methods, sample
/// moments for simulations) and the number of scenarios behind it (0 for closed forms).
/// </summary>
public readonly record struct VarResult(
    double ValueAtRisk,
    double ExpectedShortfall,
    double Confidence,
    double PnlMean,
    double PnlStandardDeviation,
    int Scenarios);
