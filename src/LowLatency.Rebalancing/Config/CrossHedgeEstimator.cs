namespace LowLatency.Rebalancing.Config;

/// <summary>Rolling estimator of the minimum-variance cross-hedge ratio h* = Cov(s, f) / Var(f).</summary>
public enum CrossHedgeEstimator : byte
{
    /// <summary>Exponentially weighted moments (RiskMetrics style), half-life in samples.</summary>
    Ewma = 0,

    /// <summary>Equally weighted moments over a fixed window of samples.</summary>
    Window = 1,
}
