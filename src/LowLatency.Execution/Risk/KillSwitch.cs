using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Risk;

/// <summary>
/// The kill switch, global and per venue: once on, pre-trade risk refuses every new order (for that venue) until an
/// explicit reset; the engine cancels the open orders when it trips. Triggers: manual, N rejects in a window, a
/// breach flagged by the caller, an overfill, a venue disconnect (venue-level).
/// </summary>
/// <remarks>
/// Written by the decision thread only. The state words are written with <c>Volatile.Write</c>
/// (release) and read by the metrics/dashboard thread with <c>Volatile.Read</c> (acquire); the
/// cause is written before the flag, so a reader that sees the flag sees its cause.
/// </remarks>
public sealed class KillSwitch
{
    private readonly int[] _venueActive;
    private readonly int[] _venueCause;
    private readonly RejectWindow _rejects;
    private int _active;
    private int _cause;

    public KillSwitch(int venues, int rejectsToTrip, long rejectWindowNs)
    {
        _venueActive = new int[venues];
        _venueCause = new int[venues];
        _rejects = new RejectWindow(rejectsToTrip, rejectWindowNs);
    }

    /// <summary>Global switch on: no new orders anywhere.</summary>
    public bool IsActive
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref _active) != 0;
    }

    public KillSwitchCause Cause => (KillSwitchCause)Volatile.Read(ref _cause);

    public long TrippedAtNs { get; private set; }

    /// <summary>Venue switch on (dense venue index).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsVenueActive(int venue) => Volatile.Read(ref _venueActive[venue]) != 0;

    public KillSwitchCause VenueCause(int venue) => (KillSwitchCause)Volatile.Read(ref _venueCause[venue]);

    /// <summary>Turns the global switch on; false when it already was (the first cause is kept).</summary>
    public bool Trip(KillSwitchCause cause, long nowNs)
    {
        if (IsActive)
        {
            return false;
        }

        Volatile.Write(ref _cause, (int)cause);
        TrippedAtNs = nowNs;
        Volatile.Write(ref _active, 1);
        return true;
    }

    /// <summary>Turns one venue's switch on; false when it already was.</summary>
    public bool TripVenue(int venue, KillSwitchCause cause)
    {
        if (IsVenueActive(venue))
        {
            return false;
        }

        Volatile.Write(ref _venueCause[venue], (int)cause);
        Volatile.Write(ref _venueActive[venue], 1);
        return true;
    }

    /// <summary>Records a venue reject; true when it trips the global switch (N within the window).</summary>
    public bool RecordReject(long nowNs) => _rejects.Record(nowNs) && Trip(KillSwitchCause.RejectStorm, nowNs);

    /// <summary>Operator reset of the global switch (the reject window starts afresh).</summary>
    public void Reset()
    {
        Volatile.Write(ref _active, 0);
        Volatile.Write(ref _cause, 0);
        _rejects.Clear();
    }

    public void ResetVenue(int venue)
    {
        Volatile.Write(ref _venueActive[venue], 0);
        Volatile.Write(ref _venueCause[venue], 0);
    }
}
