namespace LowLatency.Server.Journal;

/// <summary>
/// What <see cref="JournalReader"/> found: every whole record in order, where the valid part ends, and how many bytes
/// of a torn tail (an interrupted last write) follow it — the writer truncates those on open.
/// </summary>
public sealed record JournalContents(string Path, IReadOnlyList<JournalEntry> Entries, long ValidLength, long TornTailBytes);
