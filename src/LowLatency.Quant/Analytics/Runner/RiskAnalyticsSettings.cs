using LowLatency.Quant.Analytics.VaR;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Runner;

/// <summary>
/// What the <see cref="RiskAnalyticsAgent{TPricer}"/> computes for each snapshot. Delta-normal and
/// delta-gamma always run; Monte Carlo when <see cref="MonteCarlo"/> is set, historical simulation when
/// <see cref="HistoricalScenarios"/> is set.
/// </summary>
public sealed record RiskAnalyticsSettings
{
    public double Confidence { get; init; } = 0.99;

    /// <summary>Horizon in covariance periods for the parametric figures (√h scaling).</summary>
    public double HorizonPeriods { get; init; } = 1.0;

    /// <summary>Monte Carlo settings, or null to skip the simulation.</summary>
    public MonteCarloVarOptions? MonteCarlo { get; init; }

    /// <summary>Past factor returns (rows = scenarios, columns = factors) for historical simulation, or null.</summary>
    public Matrix<double>? HistoricalScenarios { get; init; }

    /// <summary>Years options age over the historical scenario horizon.</summary>
    public double HistoricalHorizonYears { get; init; }
}
