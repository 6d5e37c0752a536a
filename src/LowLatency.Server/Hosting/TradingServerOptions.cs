using LowLatency.Fix.Engine;
using LowLatency.Server.Config;

namespace LowLatency.Server.Hosting;

/// <summary>
/// Per-run choices that are not configuration: where state goes, which ports the venues actually listen on, what
/// to print, and test/harness switches. Everything defaults to "as configured".
/// </summary>
public sealed record TradingServerOptions
{
    /// <summary>Root of the run's state (FIX stores and logs under <c>fix/</c>, the journal under <c>journal/</c>); null: the configured paths.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>Overrides the journal directory (wins over <see cref="StateDirectory"/>).</summary>
    public string? JournalDirectory { get; init; }

    /// <summary>TargetCompID → port: where each venue really listens (ephemeral ports in tests, the demo's venue host).</summary>
    public IReadOnlyDictionary<string, int>? VenuePorts { get; init; }

    /// <summary>Shorter reconnect interval than configured (tests of disconnects).</summary>
    public TimeSpan? ReconnectInterval { get; init; }

    public int? MetricsPort { get; init; }

    public WaitStrategyKind? WaitStrategy { get; init; }

    /// <summary>Records every inbound event (overrides <c>[SERVER] RecordInbound</c>).</summary>
    public bool? RecordInbound { get; init; }

    /// <summary>Where status lines and the dashboard go; null: nowhere.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Print the dashboard to <see cref="Output"/> every <c>[SERVER] DashboardInterval</c>.</summary>
    public bool Dashboard { get; init; }

    /// <summary>False: no FIX sockets (the load harness or a test feeds the inbound ring itself).</summary>
    public bool ConnectVenues { get; init; } = true;

    /// <summary>FIX engine knobs (clock, timer period); null: defaults.</summary>
    public FixEngineOptions? FixOptions { get; init; }
}
