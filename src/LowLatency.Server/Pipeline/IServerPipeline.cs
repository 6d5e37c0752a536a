using LowLatency.Execution.Instruments;
using LowLatency.Fix.Session;
using LowLatency.Ring;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The two rings and their stage threads, independent of the wait strategy type the processors are specialised
/// for (chosen from configuration by <see cref="ServerPipelineFactory"/>).
/// </summary>
public interface IServerPipeline
{
    RingBuffer<InboundEvent> Inbound { get; }

    RingBuffer<OutboundEvent> Outbound { get; }

    /// <summary>Adds the stages: stage 1 (market-data state ║ optional inbound journal) → decision; outbound: sender ║ journal.</summary>
    void Wire(DecisionCore core, MarketDataState marketData, VenueTable venues, JournalWriter journal, JournalWriter? inboundJournal,
        FixSession?[] sessionsByVenue, SendFailureQueue failures, ServerCounters counters, LatencyMonitor latency, ServerSettings settings);

    /// <summary>Starts every stage on its named thread.</summary>
    void Start();

    /// <summary>Drains the inbound ring, then the outbound ring, then halts every stage. True when all stopped in time.</summary>
    bool Stop(TimeSpan timeout);

    /// <summary>Inbound events published but not yet handled by the decision stage.</summary>
    long DecisionLag { get; }

    /// <summary>Outbound records published but not yet written by the journal stage.</summary>
    long JournalLag { get; }

    /// <summary>A stage that stopped on an exception (null while all are healthy).</summary>
    Exception? Fault { get; }
}
