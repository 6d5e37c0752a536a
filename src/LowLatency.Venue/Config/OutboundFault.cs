namespace LowLatency.Venue.Config;

/// <summary>What the FIX session does with its next outbound message under fault injection.</summary>
public enum OutboundFault : byte
{
    /// <summary>Send normally.</summary>
    Send = 0,

    /// <summary>Send after <see cref="FaultInjectionConfig.MessageDelay"/>.</summary>
    Delay = 1,

    /// <summary>Do not send this message (the sequence number is still consumed, so the peer sees a gap).</summary>
    Drop = 2,

    /// <summary>Send nothing any more, heartbeats included; keep the connection open.</summary>
    Silent = 3,

    /// <summary>Close the connection without a Logout.</summary>
    DropSession = 4,
}
