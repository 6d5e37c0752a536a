using System.Runtime.InteropServices;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Pipeline;

namespace LowLatency.Server.Replay;

/// <summary>
/// Offline use of a journal directory: rebuild the positions a restarted engine would hold, and re-run the last
/// run's recorded inbound events (<c>RecordInbound=Y</c>) through a fresh decision stage started exactly as that run
/// was (positions from the journal before it, the same order id sequence) to check that it decides the same orders.
/// </summary>
public static class JournalReplay
{
    public const string EngineJournal = "engine.journal";
    public const string InboundJournal = "inbound.journal";

    /// <summary>A decision loop holding the positions and cash the journal rebuilds (no events fed).</summary>
    public static DecisionLoop Rebuild(EngineConfig config, string journalDirectory)
    {
        JournalHistory history = JournalHistory.Read(Path.Combine(journalDirectory, EngineJournal));
        return new DecisionLoop(config, startFrom: history, fillOrders: false);
    }

    /// <summary>Replays the recorded inbound stream of the last run; throws when there is no recording.</summary>
    public static ReplayResult ReplayLastRun(EngineConfig config, string journalDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        string enginePath = Path.Combine(journalDirectory, EngineJournal);
        string inboundPath = Path.Combine(journalDirectory, InboundJournal);
        if (!File.Exists(inboundPath))
        {
            throw new FileNotFoundException($"no inbound recording in {journalDirectory} (run the engine with RecordInbound=Y)", inboundPath);
        }

        JournalContents contents = JournalReader.Read(enginePath);
        int lastStart = -1;
        for (int i = 0; i < contents.Entries.Count; i++)
        {
            lastStart = contents.Entries[i].Type == JournalRecordType.Start ? i : lastStart;
        }

        if (lastStart < 0)
        {
            throw new InvalidOperationException($"{enginePath} has no Start record: it was not written by a server run");
        }

        var before = JournalHistory.From(contents with { Entries = contents.Entries.Take(lastStart).ToList() });
        var journalled = new List<OrderSentRecord>();
        for (int i = lastStart + 1; i < contents.Entries.Count; i++)
        {
            if (contents.Entries[i].Type == JournalRecordType.OrderSent)
            {
                journalled.Add(contents.Entries[i].OrderSent);
            }
        }

        var loop = new DecisionLoop(config, startFrom: before, fillOrders: false, initialSequence: contents.Entries[lastStart].Start.NextOrderSequence);
        int fed = 0;
        int size = System.Runtime.CompilerServices.Unsafe.SizeOf<InboundEvent>();
        foreach (JournalEntry entry in JournalReader.Read(inboundPath).Entries)
        {
            if (entry.Type != JournalRecordType.Inbound)
            {
                continue;
            }

            if (entry.Inbound!.Length != size)
            {
                throw new InvalidOperationException($"{inboundPath}: recorded events are {entry.Inbound.Length} bytes, this build's are {size}: replay with the build that recorded them");
            }

            InboundEvent e = MemoryMarshal.Read<InboundEvent>(entry.Inbound);
            loop.Feed(ref e);
            fed++;
        }

        return new ReplayResult(journalled, loop.Orders, fed, loop);
    }
}
