namespace LowLatency.Server.Metrics;

/// <summary>The server's own counters (the execution engine counts orders, fills and refusals itself: <c>ExecutionMetrics</c>).</summary>
public enum ServerCounter
{
    /// <summary>Market-data events handled by the decision stage.</summary>
    MarketDataEvents,

    /// <summary>Ticks of an underlying that repriced the risk book and ran a decision.</summary>
    BookTicks,

    /// <summary>Risk-book inputs it refused (bad price, time going backwards).</summary>
    BookInputsRefused,

    ReportEvents,
    TimerEvents,
    VenueUps,
    VenueDowns,

    /// <summary>Inbound messages the session threads could not map (counted there, skipped by the stages).</summary>
    InboundUnmapped,

    Decisions,
    DecisionsActed,
    Intents,

    /// <summary>Intents whose quantity was not (entirely) sent: unrouted, refused by risk, or by the session.</summary>
    IntentsNotFullySent,
    CollateralTransfers,
    FillsApplied,

    /// <summary>Fills the risk book refused (unknown instrument, out-of-range quantity): positions diverge, investigate.</summary>
    FillsRefusedByBook,

    SendRefusedSessionDown,
    SendRefusedRingFull,
    SendRefusedTooLarge,

    /// <summary>Messages the sender stage could not hand to the session (answered with a local reject).</summary>
    SenderFailures,
    MessagesSent,
    AnalyticsSnapshots,

    /// <summary>Journal records that found the outbound ring full and waited in the decision thread's overflow queue.</summary>
    JournalRecordsOverflowed,
    StatsPublished,
}
