namespace LowLatency.Fix.Transport;

/// <summary>What a non-blocking flush achieved.</summary>
internal enum FlushStatus : byte
{
    /// <summary>Everything queued was handed to the transport.</summary>
    Flushed = 0,

    /// <summary>The transport's buffer is full: the rest stays queued for the next flush.</summary>
    Pending = 1,

    /// <summary>The connection is gone.</summary>
    Closed = 2,
}
