namespace LowLatency.Server.Config;

/// <summary>When the journal stage forces its writes to disk (the trade-off between power-loss safety and disk waits).</summary>
public enum JournalFsyncPolicy
{
    /// <summary>Writes reach the OS page cache after every batch; a process crash loses nothing, power loss may.</summary>
    None,

    /// <summary>Also fsync at most every <c>JournalFsyncInterval</c> (and on shutdown).</summary>
    Interval,

    /// <summary>fsync after every batch: nothing acknowledged is lost, at the cost of a disk wait per batch.</summary>
    Batch,
}
