using LowLatency.Ring.Processing;

namespace LowLatency.Server.Pipeline;

/// <summary>The decision stage's ring handler (a struct: the processor inlines it): forwards each event to the <see cref="DecisionCore"/>.</summary>
public readonly struct DecisionHandler(DecisionCore core, int cpu) : IEventHandler<InboundEvent>
{
    public void OnEvent(ref InboundEvent e, long sequence, bool endOfBatch) => core.OnEvent(ref e);

    public void OnBatchStart(long batchSize)
    {
    }

    public void OnStart() => ThreadAffinity.TryPin(cpu);

    public void OnShutdown()
    {
    }

    public void OnTimeout(long sequence)
    {
    }
}
