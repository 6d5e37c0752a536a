using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;

namespace LowLatency.Execution.Engine;

// Timers, connectivity and the kill switch. Cancels that cannot be sent (venue down, back-pressure) stay wanted
// and are retried by Poll, so a kill never loses an order.
public sealed partial class ExecutionEngine<TSink, TListener>
{
    /// <summary>
    /// Housekeeping, called every loop with the current time: refills throttles; every min(AckTimeout/4, 1 ms), and
    /// exactly when the earliest ack deadline passes, scans for stale books, unanswered requests (→ OrderStatusRequest,
    /// once per request) and cancels still wanted by the kill switch. Returns the number of actions taken (for the idle strategy).
    /// </summary>
    public int Poll(long nowNs)
    {
        _risk.Refill(nowNs);
        if (nowNs < _nextScanNs && nowNs < _nextAckDeadlineNs)
        {
            return 0;
        }

        _nextScanNs = nowNs + _scanIntervalNs;
        long nextDeadline = long.MaxValue;
        int work = 0;
        int stale = _books.ScanStale(nowNs);
        for (int i = 0; i < stale; i++)
        {
            Metrics.Increment(ExecutionCounter.BooksWentStale);
        }

        work += stale;
        for (int instrument = 0; instrument < Instruments.Count; instrument++)
        {
            int slot = _orders.FirstOpen(instrument);
            while (slot >= 0)
            {
                ref Order o = ref _orders.At(slot);
                int next = o.NextOpen;
                if (o.InFlight > 0 && !o.StatusRequested)
                {
                    if (nowNs - o.RequestSentNs >= _ackTimeoutNs)
                    {
                        work += ChaseUnanswered(ref o);
                    }

                    if (!o.StatusRequested)
                    {
                        // a chase the session refused is retried one scan interval later, not on every Poll
                        long deadline = o.RequestSentNs + _ackTimeoutNs;
                        nextDeadline = Math.Min(nextDeadline, deadline > nowNs ? deadline : nowNs + _scanIntervalNs);
                    }
                }

                if (o.CancelWanted && o.Pending == RequestKind.None)
                {
                    work += CancelSlot(slot, nowNs) == OrderRequestResult.Accepted ? 1 : 0;
                }

                slot = next;
            }
        }

        _nextAckDeadlineNs = nextDeadline;
        return work;
    }

    /// <summary>A request went out: Poll must look at it exactly when its ack deadline passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ArmAckDeadline(long nowNs)
    {
        long deadline = nowNs + _ackTimeoutNs;
        if (deadline < _nextAckDeadlineNs)
        {
            _nextAckDeadlineNs = deadline;
        }
    }

    /// <summary>The venue session logged on: orders may be routed there again (unless its kill switch is on).</summary>
    public void OnVenueConnected(VenueId venue, long nowNs)
    {
        if (Venues.TryGetIndex(venue, out int v))
        {
            Health.SetConnected(v, true);
            _nextScanNs = nowNs; // retry wanted cancels on the next Poll
        }
    }

    /// <summary>
    /// The venue session dropped: the venue's kill switch trips (blocks new orders there until
    /// <see cref="ResetVenueKillSwitch"/>), its books are dropped, and every open order on it is marked for cancel
    /// (sent as soon as the session takes messages again).
    /// </summary>
    public void OnVenueDisconnected(VenueId venue, long nowNs)
    {
        if (!Venues.TryGetIndex(venue, out int v))
        {
            return;
        }

        Health.SetConnected(v, false);
        _books.ClearVenue(v);
        if (KillSwitch.TripVenue(v, KillSwitchCause.VenueDisconnect))
        {
            Metrics.Increment(ExecutionCounter.KillSwitchTrips);
            Listener.OnKillSwitch(KillSwitchCause.VenueDisconnect, venue, true);
        }

        CancelAll(nowNs, v);
    }

    /// <summary>Turns the global kill switch on (manual or a breach flagged by the caller) and cancels every open order.</summary>
    public void Trip(KillSwitchCause cause, long nowNs)
    {
        if (KillSwitch.Trip(cause, nowNs))
        {
            OnTripped(cause, nowNs);
        }
    }

    /// <summary>A breach flagged by the caller (risk book, margin, reconciliation): same as <see cref="Trip"/> with <see cref="KillSwitchCause.Breach"/>.</summary>
    public void FlagBreach(long nowNs) => Trip(KillSwitchCause.Breach, nowNs);

    /// <summary>
    /// Operator reset: new orders are allowed again. Cancels the trip already asked for still go out (orders open at
    /// the trip are not resurrected); the reject window starts afresh.
    /// </summary>
    public void ResetKillSwitch()
    {
        KillSwitch.Reset();
        Listener.OnKillSwitch(KillSwitchCause.None, null, false);
    }

    public void ResetVenueKillSwitch(VenueId venue)
    {
        if (Venues.TryGetIndex(venue, out int v))
        {
            KillSwitch.ResetVenue(v);
            Listener.OnKillSwitch(KillSwitchCause.None, venue, false);
        }
    }

    /// <summary>Marks every open order (of one venue index, or all with -1) for cancel and sends what can be sent now; returns cancels sent.</summary>
    public int CancelAll(long nowNs, int venueIndex = -1)
    {
        int sent = 0;
        for (int instrument = 0; instrument < Instruments.Count; instrument++)
        {
            int slot = _orders.FirstOpen(instrument);
            while (slot >= 0)
            {
                ref Order o = ref _orders.At(slot);
                int next = o.NextOpen;
                if (venueIndex < 0 || o.Venue == venueIndex)
                {
                    o.CancelWanted = true;
                    if (o.Pending == RequestKind.None && CancelSlot(slot, nowNs) == OrderRequestResult.Accepted)
                    {
                        sent++;
                        Metrics.Increment(ExecutionCounter.KillSwitchCancels);
                    }
                }

                slot = next;
            }
        }

        return sent;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnTripped(KillSwitchCause cause, long nowNs)
    {
        Metrics.Increment(ExecutionCounter.KillSwitchTrips);
        Listener.OnKillSwitch(cause, null, true);
        CancelAll(nowNs);
    }

    private OrderRequestResult CancelSlot(int slot, long nowNs)
    {
        OrderRequestResult result = _orders.TryRequestCancel(slot, nowNs, out _);
        if (result != OrderRequestResult.Accepted)
        {
            return result;
        }

        ref Order o = ref _orders.At(slot);
        if (!_messages.TrySendCancel(ref Sink, ref o, nowNs + _utcOffsetNs))
        {
            _orders.AbandonRequest(slot);
            Metrics.Increment(ExecutionCounter.SendFailures);
            Metrics.Increment(o.Venue, VenueCounter.SendFailures);
            return OrderRequestResult.SendFailed;
        }

        Metrics.Increment(ExecutionCounter.CancelsSent);
        Metrics.Increment(o.Venue, VenueCounter.CancelsSent);
        ArmAckDeadline(nowNs);
        return OrderRequestResult.Accepted;
    }

    /// <summary>After a report: a cancel the kill switch wanted but could not send yet (in-flight limit) goes now.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RetryWantedCancel(int slot, long nowNs)
    {
        ref Order o = ref _orders.At(slot);
        if (o.CancelWanted && o.Pending == RequestKind.None && OrderStates.IsOpen(o.State))
        {
            CancelSlot(slot, nowNs);
        }
    }

    private int ChaseUnanswered(ref Order o)
    {
        Metrics.Increment(ExecutionCounter.AckTimeouts);
        if (!_messages.TrySendStatusRequest(ref Sink, ref o))
        {
            return 0;
        }

        o.StatusRequested = true;
        Metrics.Increment(ExecutionCounter.StatusRequests);
        return 1;
    }
}
