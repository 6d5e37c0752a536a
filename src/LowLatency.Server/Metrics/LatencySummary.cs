namespace LowLatency.Server.Metrics;

/// <summary>Latency percentiles in nanoseconds, as the dashboard and /metrics show them.</summary>
public readonly record struct LatencySummary(long Count, long P50, long P99, long P999, long Max);
