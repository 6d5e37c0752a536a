namespace LowLatency.Server.Pipeline;

/// <summary>What an inbound ring slot holds (the tag of the <see cref="InboundEvent"/> union).</summary>
public enum InboundKind : byte
{
    /// <summary>Nothing to do: a claimed slot whose message did not map (counted by the producer), skipped by every stage.</summary>
    None = 0,

    /// <summary>A venue's top of book after a 35=W/X/Y (<see cref="InboundEvent.MarketData"/>).</summary>
    MarketData = 1,

    /// <summary>A venue's answer about one of our orders, 35=8/9/j (<see cref="InboundEvent.Report"/>).</summary>
    Report = 2,

    /// <summary>The timer's tick: order timeouts, throttles, account-wide decisions, snapshots.</summary>
    Timer = 3,

    /// <summary>A venue session logged on (<see cref="InboundEvent.VenueIndex"/>).</summary>
    VenueUp = 4,

    /// <summary>A venue session ended.</summary>
    VenueDown = 5,

    /// <summary>An operator or lifecycle command (<see cref="InboundEvent.Control"/>).</summary>
    Control = 6,

    /// <summary>The sender stage could not hand an order message to its session (<see cref="InboundEvent.Failure"/>).</summary>
    SendFailed = 7,
}
