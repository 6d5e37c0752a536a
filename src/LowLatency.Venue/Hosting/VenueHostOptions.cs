using LowLatency.Core.Time;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Venue.Gateway;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// How a <see cref="VenueHost"/> runs its venues beyond what their configuration says: ports, clock, idle strategy,
/// file locations, liquidity and seeds. The defaults run the configuration as written.
/// </summary>
public sealed record VenueHostOptions
{
    /// <summary>
    /// Null: the ports of the configuration. 0: an ephemeral port per venue (tests; read <see cref="RunningVenue.EndPoint"/>).
    /// N &gt; 0: venue i listens on N + i.
    /// </summary>
    public int? PortOverride { get; init; }

    /// <summary>Time for the venues and their FIX sessions (monotonic for timers and delays, UTC for SendingTime/TransactTime).</summary>
    public IClock Clock { get; init; } = new SystemClock();

    public VenueIdleStrategy IdleStrategy { get; init; } = VenueIdleStrategy.Backoff;

    /// <summary>FileStorePath for every venue session instead of the configured one (e.g. a temp folder).</summary>
    public string? StorePath { get; init; }

    /// <summary>FileLogPath for every venue session instead of the configured one.</summary>
    public string? LogPath { get; init; }

    /// <summary>No files: in-memory message stores and no message logs (unit tests, benchmarks).</summary>
    public bool InMemory { get; init; }

    /// <summary>Null: as configured; false: empty books where only clients trade; true: synthetic makers and takers.</summary>
    public bool? Liquidity { get; init; }

    /// <summary>Overrides every venue's liquidity seed: venue i uses Seed + i (reproducible runs that still differ per venue).</summary>
    public int? Seed { get; init; }

    /// <summary>How long <see cref="VenueHost.Dispose"/> waits for the clients to answer the Logouts.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Period of the FIX engines' timer (heartbeats, TestRequests, logon timeouts).</summary>
    public TimeSpan FixTimerInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Where each venue session's messages and events go (tests record them); null: files per the settings.</summary>
    public Func<FixSessionSettings, IMessageLog>? SessionLogFactory { get; init; }

    /// <summary>False: the matching agents are not started; a test drives their duty cycle on its own thread.</summary>
    internal bool StartAgents { get; init; } = true;

    /// <summary>Sizes of the gateway's queues.</summary>
    internal VenueGatewayOptions Gateway { get; init; } = new();
}
