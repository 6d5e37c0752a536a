using LowLatency.Execution.Config;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Server.Config;

/// <summary>
/// Everything one trading server runs with, assembled and validated from the engine file (FIX sessions plus the
/// engine sections) and the portfolio file: what <see cref="Hosting.TradingServer"/> is built from. Immutable.
/// </summary>
public sealed record EngineConfig
{
    /// <summary>Initiator sessions to the venues, in file order.</summary>
    public required IReadOnlyList<FixSessionSettings> Sessions { get; init; }

    /// <summary>One per venue, in the execution configuration's venue order (dense index = position).</summary>
    public required IReadOnlyList<VenueLink> Venues { get; init; }

    public required ExecutionConfig Execution { get; init; }

    public required PortfolioConfig Portfolio { get; init; }

    public required ServerSettings Server { get; init; }

    public required AnalyticsOptions Analytics { get; init; }

    /// <summary>SHA-256 (hex) of both files' text: journalled at every start so a configuration change is on record.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Where the engine sections came from (file path or embedded name).</summary>
    public required string EngineSource { get; init; }

    public required string PortfolioSource { get; init; }
}
