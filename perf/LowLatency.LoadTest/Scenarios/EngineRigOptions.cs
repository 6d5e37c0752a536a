using LowLatency.Server.Config;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>How to build the engine and its venues for a run: wait strategy, seed, the venues' ini text, where state goes.</summary>
public sealed record EngineRigOptions
{
    public WaitStrategyKind WaitStrategy { get; init; } = WaitStrategyKind.Blocking;

    public int Seed { get; init; } = 7;

    /// <summary>The venues.ini text to host (null: the shipped demo venues).</summary>
    public string? VenuesIni { get; init; }

    /// <summary>Root of the run's state (a fresh temp directory when null, deleted on dispose).</summary>
    public string? StateDirectory { get; init; }

    /// <summary>Status lines (start-up, stop); null: quiet.</summary>
    public TextWriter? Log { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
