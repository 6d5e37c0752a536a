using System.Runtime.InteropServices;
using LowLatency.Core.Time;
using LowLatency.Ring.Processing;
using LowLatency.Server.Journal;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// Stage 1 (journal) of the inbound ring, when <c>RecordInbound=Y</c>: appends every event the decision stage will
/// see, byte for byte, to the inbound journal, one write per batch. Replaying that file through a fresh
/// <see cref="DecisionCore"/> reproduces its decisions exactly (its clock is the events' time).
/// </summary>
public readonly struct InboundRecorderHandler(JournalWriter writer, int cpu) : IEventHandler<InboundEvent>
{
    public void OnEvent(ref InboundEvent e, long sequence, bool endOfBatch)
    {
        if (e.Kind != InboundKind.None)
        {
            writer.AppendInbound(MemoryMarshal.AsBytes(new ReadOnlySpan<InboundEvent>(ref e)));
        }

        if (endOfBatch)
        {
            writer.EndBatch(MonotonicClock.NowNanoseconds());
        }
    }

    public void OnBatchStart(long batchSize)
    {
    }

    public void OnStart() => ThreadAffinity.TryPin(cpu);

    public void OnShutdown() => writer.Flush();

    public void OnTimeout(long sequence)
    {
    }
}
