namespace LowLatency.Fix.Log;

/// <summary>What a record in the log queue carries (0 is reserved: an uncommitted slot reads as zero).</summary>
internal enum LogRecordKind
{
    Incoming = 1,
    Outgoing = 2,
    Event = 3,

    /// <summary>Fills the end of the buffer when a record does not fit before the wrap.</summary>
    Padding = 4,
}
