namespace LowLatency.Venue.Hosting;

/// <summary>
/// A venue's counters at one moment (read without stopping it: each value is exact, the set is not one instant).
/// Orders/cancels/replaces count what the FIX sessions sent; trades count every match, synthetic liquidity included.
/// </summary>
public readonly record struct VenueStats
{
    public long OrdersReceived { get; init; }

    public long CancelsReceived { get; init; }

    public long ReplacesReceived { get; init; }

    public long MarketDataRequestsReceived { get; init; }

    /// <summary>Client orders rejected (fault-injected rejects included).</summary>
    public long OrdersRejected { get; init; }

    /// <summary>Orders rejected by fault injection (reject every Nth order).</summary>
    public long FaultRejects { get; init; }

    public long ExecutionReportsSent { get; init; }

    public long CancelRejectsSent { get; init; }

    public long BusinessRejectsSent { get; init; }

    /// <summary>35=X and 35=Y sent (35=W counted in <see cref="SnapshotsSent"/>).</summary>
    public long MarketDataMessagesSent { get; init; }

    public long SnapshotsSent { get; init; }

    /// <summary>Matches on the venue (each counted once), synthetic liquidity included.</summary>
    public long Trades { get; init; }

    /// <summary>Fills reported to FIX sessions.</summary>
    public long ClientFills { get; init; }

    /// <summary>Messages that waited in a delay line (fault MessageDelay, venue AddedLatency).</summary>
    public long DelayedMessages { get; init; }

    /// <summary>Order replies held back while their session could not take them, then delivered.</summary>
    public long ParkedMessages { get; init; }

    /// <summary>Messages lost because a delay or parking line was full (should stay 0).</summary>
    public long UndeliverableMessages { get; init; }

    /// <summary>Market-data subscriptions resynchronised with a fresh snapshot after a lost message.</summary>
    public long MarketDataResyncs { get; init; }

    public long LoggedOnSessions { get; init; }

    public long Logons { get; init; }

    public long LiquiditySteps { get; init; }

    /// <summary>Exceptions caught on the matching thread (should stay 0; each is logged).</summary>
    public long Errors { get; init; }
}
