namespace LowLatency.Venue.Gateway;

/// <summary>Sizes of the gateway's preallocated queues (all allocated once, at start).</summary>
internal sealed record VenueGatewayOptions
{
    /// <summary>Commands in flight from the session readers to the matching thread (a power of two).</summary>
    public int CommandQueueCapacity { get; init; } = 16_384;

    /// <summary>Messages a delay line (order replies, market data) holds when a delay is configured.</summary>
    public int DelayLineMessages { get; init; } = 65_536;

    /// <summary>Bytes of rendered bodies a delay line holds.</summary>
    public int DelayLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Order replies parked per session while it cannot take them.</summary>
    public int ParkedMessagesPerSession { get; init; } = 4_096;

    /// <summary>Bytes of parked bodies per session.</summary>
    public int ParkedBytesPerSession { get; init; } = 1024 * 1024;

    /// <summary>Commands one duty cycle processes before it releases timed work and flushes.</summary>
    public int CommandsPerCycle { get; init; } = 256;
}
