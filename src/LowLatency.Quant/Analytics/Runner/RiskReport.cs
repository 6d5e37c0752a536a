using LowLatency.Quant.Analytics.VaR;

namespace LowLatency.Quant.Analytics.Runner;

/// <summary>
/// One immutable set of analytics for one snapshot, published by the <see cref="RiskAnalyticsAgent{TPricer}"/>
/// and read lock-free by the dashboard and metrics. When the snapshot was refused, <see cref="Error"/> says
/// why and the figures are absent; the previous good report is still in <see cref="RiskReportBoard.LatestGood"/>.
/// </summary>
public sealed class RiskReport
{
    private readonly double[] _componentVar;

    internal RiskReport(
        long snapshotSequence,
        long snapshotTimestampNanoseconds,
        long computeNanoseconds,
        VarResult parametric,
        DeltaGammaResult deltaGamma,
        VarResult? monteCarlo,
        VarResult? historical,
        double[] componentVar,
        string? error)
    {
        SnapshotSequence = snapshotSequence;
        SnapshotTimestampNanoseconds = snapshotTimestampNanoseconds;
        ComputeNanoseconds = computeNanoseconds;
        Parametric = parametric;
        DeltaGamma = deltaGamma;
        MonteCarlo = monteCarlo;
        Historical = historical;
        _componentVar = componentVar;
        Error = error;
    }

    public long SnapshotSequence { get; }

    public long SnapshotTimestampNanoseconds { get; }

    /// <summary>Wall time the analytics thread spent on this snapshot.</summary>
    public long ComputeNanoseconds { get; }

    /// <summary>Delta-normal VaR/ES of the snapshot's delta exposures.</summary>
    public VarResult Parametric { get; }

    /// <summary>Delta-gamma Cornish–Fisher VaR/ES from the delta and gamma exposures.</summary>
    public DeltaGammaResult DeltaGamma { get; }

    /// <summary>Full-revaluation Monte Carlo VaR/ES, when configured.</summary>
    public VarResult? MonteCarlo { get; }

    /// <summary>Full-revaluation historical VaR/ES, when scenarios were configured.</summary>
    public VarResult? Historical { get; }

    /// <summary>Delta-normal component VaR per factor (sums to <see cref="Parametric"/>'s VaR).</summary>
    public ReadOnlySpan<double> ComponentVar => _componentVar;

    /// <summary>Why the snapshot was refused, or null.</summary>
    public string? Error { get; }

    public bool IsError => Error is not null;
}
