namespace LowLatency.Server.Journal;

/// <summary>
/// A journal the engine must not trust: a record in the middle of the file fails its CRC or its framing, or the file
/// is not a journal. The engine refuses to start on it (rebuilding positions from a damaged history would trade on
/// wrong positions); the message names the file, the byte offset and the record number.
/// </summary>
public sealed class JournalCorruptException(string path, long offset, long record, string detail)
    : Exception($"{path}: journal record {record} at byte {offset} is corrupt: {detail}. The engine will not rebuild positions from it; " +
                "restore the journal from a backup or move it away to start flat.")
{
    public string FilePath { get; } = path;

    public long Offset { get; } = offset;

    public long Record { get; } = record;
}
