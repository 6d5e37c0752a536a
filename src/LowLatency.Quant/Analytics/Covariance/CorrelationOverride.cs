namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>One stressed pairwise correlation ("factor I and factor J move together at ρ") for <see cref="CorrelationStress.WithOverrides"/>.</summary>
public readonly record struct CorrelationOverride(int I, int J, double Correlation);
