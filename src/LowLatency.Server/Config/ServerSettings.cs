namespace LowLatency.Server.Config;

/// <summary>
/// How the trading server runs (the <c>[SERVER]</c> section): ring sizes, wait strategy, timer cadences, CPU
/// pinning, journal and fsync policy, metrics port, dashboard interval. Immutable; bound and range-checked by
/// <see cref="EngineConfigLoader"/>, which names the file, line and key of a bad value.
/// </summary>
public sealed record ServerSettings
{
    public int InboundRingSize { get; init; } = 8192;

    public int OutboundRingSize { get; init; } = 4096;

    public WaitStrategyKind WaitStrategy { get; init; } = WaitStrategyKind.Blocking;

    /// <summary>Cadence of timer events through the inbound ring (order timeouts, throttles, slices).</summary>
    public TimeSpan TimerInterval { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Account-wide decisions (<c>DecideAll</c>) at most this often, and after fills.</summary>
    public TimeSpan DecideAllInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Risk-book snapshots for the VaR/ES agent.</summary>
    public TimeSpan AnalyticsInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Copies of the figures the dashboard and /metrics show.</summary>
    public TimeSpan StatsInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Console dashboard refresh; zero = no dashboard.</summary>
    public TimeSpan DashboardInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Prometheus endpoint on 127.0.0.1; 0 = off.</summary>
    public int MetricsPort { get; init; }

    /// <summary>Directory of the engine journal.</summary>
    public string JournalPath { get; init; } = "data/journal";

    public JournalFsyncPolicy JournalFsync { get; init; } = JournalFsyncPolicy.Interval;

    public TimeSpan JournalFsyncInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Journal every inbound event too (exact decision replay; large files).</summary>
    public bool RecordInbound { get; init; }

    /// <summary>CPU for the decision stage thread (-1: not pinned).</summary>
    public int DecisionCpu { get; init; } = -1;

    /// <summary>CPU for the market-data state stage thread (-1: not pinned).</summary>
    public int MarketDataCpu { get; init; } = -1;

    /// <summary>CPU for the FIX sender stage thread (-1: not pinned).</summary>
    public int SenderCpu { get; init; } = -1;

    /// <summary>CPU for the journal stage threads (-1: not pinned).</summary>
    public int JournalCpu { get; init; } = -1;

    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
