using LowLatency.Ring.Processing;

namespace LowLatency.Ring.Tests.Support;

/// <summary>Records every delivery (order, payload, batch shape) into a shared <see cref="Deliveries"/>.</summary>
public struct RecordingHandler : IEventHandler<TestEvent>
{
    private readonly Deliveries _deliveries;

    public RecordingHandler(Deliveries deliveries) => _deliveries = deliveries;

    public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
    {
        _deliveries.Record(sequence, e.Value);
        if (endOfBatch)
        {
            _deliveries.EndOfBatchFlags++;
        }
    }

    public void OnBatchStart(long batchSize)
    {
        _deliveries.Batches++;
        _deliveries.BatchEventsAnnounced += batchSize;
    }

    public void OnStart() => _deliveries.Starts++;

    public void OnShutdown() => _deliveries.Shutdowns++;

    public void OnTimeout(long sequence)
    {
    }
}
