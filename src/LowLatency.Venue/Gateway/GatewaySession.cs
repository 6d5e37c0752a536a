using LowLatency.Fix.Session;
using LowLatency.Venue.Config;
using LowLatency.Venue.Faults;

namespace LowLatency.Venue.Gateway;

/// <summary>What the matching thread keeps per FIX session of the venue (its owner id is <see cref="Index"/>).</summary>
internal sealed class GatewaySession
{
    public GatewaySession(FixSession fix, FaultInjectionConfig faults, int parkedEntries, int parkedBytes)
    {
        Fix = fix;
        Index = fix.Index;
        Faults = new FaultInjector(faults);
        Parked = new DelayLine(parkedEntries, parkedBytes);
    }

    public FixSession Fix { get; }

    /// <summary>Owner id of the session's orders in the matching core.</summary>
    public int Index { get; }

    /// <summary>Between the LoggedOn and LoggedOut commands (the matching thread's view of the session).</summary>
    public bool LoggedOn { get; set; }

    /// <summary>Sent with flush: false since the last flush: flush once at the end of the batch.</summary>
    public bool Dirty { get; set; }

    /// <summary>Holds unflushed market data (flushed ahead of the end of the batch when the queue runs dry).</summary>
    public bool MarketDataDirty { get; set; }

    /// <summary>Reject-every-Nth-order counting (the wire faults live in the proxy).</summary>
    public FaultInjector Faults { get; }

    /// <summary>Order reports the session could not take (down, back-pressured), delivered in order once it can.</summary>
    public DelayLine Parked { get; }
}
