namespace LowLatency.Server.Config;

/// <summary>
/// The <c>[ANALYTICS]</c> section: whether the VaR/ES agent runs, its confidence, the correlation assumed between
/// underlyings (their daily volatilities come from the portfolio's cost inputs) and the Monte Carlo draw count.
/// </summary>
public sealed record AnalyticsOptions
{
    public bool Enabled { get; init; } = true;

    public double Confidence { get; init; } = 0.99;

    public double Correlation { get; init; } = 0.7;

    /// <summary>Monte Carlo full-revaluation draws per report; 0 = delta-normal and delta-gamma only.</summary>
    public int MonteCarloPaths { get; init; } = 2000;

    public ulong Seed { get; init; } = 7;
}
