namespace LowLatency.Venue.Gateway;

/// <summary>The venue's counters (index into <see cref="VenueCounters"/>).</summary>
internal enum VenueCounter
{
    OrdersReceived,
    CancelsReceived,
    ReplacesReceived,
    StatusRequestsReceived,
    MarketDataRequestsReceived,
    OrdersRejected,
    FaultRejects,
    ExecutionReportsSent,
    CancelRejectsSent,
    BusinessRejectsSent,
    MarketDataMessagesSent,
    SnapshotsSent,
    Trades,
    ClientFills,
    DelayedMessages,
    ParkedMessages,
    UndeliverableMessages,
    MarketDataResyncs,
    Logons,
    Logouts,
    LiquiditySteps,
    Errors,
    Count,
}

/// <summary>
/// Counters written by the matching thread only and read by anyone (stats, dashboard): a single writer, so an
/// increment is a plain read plus <c>Volatile.Write</c> (release), and readers use
/// <c>Volatile.Read</c> (acquire) — no interlocked instruction on the matching path. The array
/// is padded by 128 bytes at both ends so no other object's hot field shares its cache lines.
/// </summary>
internal sealed class VenueCounters
{
    private const int Pad = 16;
    private readonly long[] _values = new long[Pad + (int)VenueCounter.Count + Pad];
    private long _loggedOnSessions;

    public void Increment(VenueCounter counter) => Add(counter, 1);

    public void Add(VenueCounter counter, long amount)
    {
        ref long value = ref _values[Pad + (int)counter];
        Volatile.Write(ref value, value + amount);
    }

    public long Read(VenueCounter counter) => Volatile.Read(ref _values[Pad + (int)counter]);

    /// <summary>Sessions logged on as the matching thread sees them.</summary>
    public long LoggedOnSessions
    {
        get => Volatile.Read(ref _loggedOnSessions);
        set => Volatile.Write(ref _loggedOnSessions, value);
    }
}
