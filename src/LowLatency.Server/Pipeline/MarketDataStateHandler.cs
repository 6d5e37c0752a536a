using LowLatency.Execution.Instruments;
using LowLatency.Ring.Processing;

namespace LowLatency.Server.Pipeline;

/// <summary>Stage 1' (parallel to the journal, before the decision stage): market-data health per venue, see <see cref="MarketDataState"/>.</summary>
public readonly struct MarketDataStateHandler(MarketDataState state, VenueTable venues, int cpu) : IEventHandler<InboundEvent>
{
    public void OnEvent(ref InboundEvent e, long sequence, bool endOfBatch)
    {
        if (e.Kind == InboundKind.MarketData && venues.TryGetIndex(e.MarketData.Venue, out int v))
        {
            state.Record(v, e.MarketData.Sequence, e.MarketData.ReceiveTimestampNs);
        }
    }

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
