namespace LowLatency.Server.Journal;

/// <summary>
/// What a restart needs from a journal, in journal order: the fills and collateral moves to replay into positions
/// and cash, the order sequence to continue above (ClOrdIDs never repeat on a venue), the last configuration
/// fingerprint (a change is logged and journalled), and counts for the operator.
/// </summary>
public sealed class JournalHistory
{
    private JournalHistory(JournalContents contents)
    {
        Contents = contents;
        var replay = new List<JournalEntry>();
        foreach (JournalEntry e in contents.Entries)
        {
            switch (e.Type)
            {
                case JournalRecordType.Start:
                    Starts++;
                    LastFingerprint = e.Start.Fingerprint;
                    NextOrderSequence = Math.Max(NextOrderSequence, e.Start.NextOrderSequence);
                    break;
                case JournalRecordType.Fill:
                    Fills++;
                    replay.Add(e);
                    break;
                case JournalRecordType.Collateral:
                    replay.Add(e);
                    break;
                case JournalRecordType.OrderSent:
                    OrdersSent++;
                    NextOrderSequence = Math.Max(NextOrderSequence, e.OrderSent.NextOrderSequence);
                    break;
                case JournalRecordType.OrderSequence:
                    NextOrderSequence = Math.Max(NextOrderSequence, e.NextOrderSequence);
                    break;
                case JournalRecordType.KillSwitch:
                    KillSwitchEvents++;
                    break;
                case JournalRecordType.Stop:
                    CleanStops++;
                    break;
            }
        }

        ToReplay = replay;
        EndedCleanly = contents.Entries.Count == 0 || contents.Entries[^1].Type == JournalRecordType.Stop;
    }

    public JournalContents Contents { get; }

    /// <summary>Fill and Collateral entries, in the order they happened.</summary>
    public IReadOnlyList<JournalEntry> ToReplay { get; }

    /// <summary>The order id sequence to start from (0 when no order was ever sent).</summary>
    public long NextOrderSequence { get; }

    public string? LastFingerprint { get; }

    public int Starts { get; }

    public int CleanStops { get; }

    public int Fills { get; }

    public int OrdersSent { get; }

    public int KillSwitchEvents { get; }

    /// <summary>False when the last run did not journal a Stop (a crash or kill -9: the restart is a recovery).</summary>
    public bool EndedCleanly { get; }

    public static JournalHistory Read(string path) => new(JournalReader.Read(path));

    public static JournalHistory From(JournalContents contents) => new(contents);
}
