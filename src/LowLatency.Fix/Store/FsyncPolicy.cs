namespace LowLatency.Fix.Store;

/// <summary>
/// When the file store forces its writes to stable storage (fsync). Writes always reach the OS page
/// cache at once, which survives a process crash; fsync only matters for power loss or a kernel panic.
/// </summary>
public enum FsyncPolicy
{
    /// <summary>Never fsync; the OS writes back when it likes. Survives a process crash, not a power cut.</summary>
    None,

    /// <summary>fsync after every stored message and every sequence-number change (costs a disk flush per message).</summary>
    EveryMessage,

    /// <summary>A background timer fsyncs dirty files every FsyncIntervalMs; the sending thread never waits on the disk.</summary>
    Interval,
}
