using LowLatency.Core.Time;
using LowLatency.Ring.Processing;
using LowLatency.Server.Journal;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The journal stage of the outbound ring (parallel to the sender): appends fills, orders sent, kill-switch events
/// and collateral moves, one write per batch, fsync per policy (the decision thread publishes heartbeats so an
/// interval fsync happens even when nothing else arrives). The decision thread never touches the disk.
/// </summary>
public readonly struct JournalHandler(JournalWriter writer, int cpu) : IEventHandler<OutboundEvent>
{
    public void OnEvent(ref OutboundEvent e, long sequence, bool endOfBatch)
    {
        switch (e.Kind)
        {
            case OutboundKind.Fill:
                writer.AppendFill(in e.Fill);
                break;
            case OutboundKind.OrderSent:
                writer.AppendOrderSent(in e.OrderSent);
                break;
            case OutboundKind.KillSwitch:
                writer.AppendKillSwitch(in e.KillSwitch);
                break;
            case OutboundKind.Collateral:
                writer.AppendCollateral(in e.Collateral);
                break;
            case OutboundKind.OrderSequence:
                writer.AppendOrderSequence(e.NextOrderSequence, e.UtcNs);
                break;
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
