using System.Diagnostics;
using LowLatency.Core.Ids;
using LowLatency.Venue.MarketData;

namespace LowLatency.Benchmarks.Venue;

/// <summary>Where an incremental batch lands in the latency run: stamps the hand-off time.</summary>
public sealed class BatchClock
{
    public long Batches;
    public long LastBatchTimestamp;
    public long Entries;
}

/// <summary>Sink that timestamps each batch (what the 35=X encoder would receive) and touches its entries.</summary>
public readonly struct TimestampingSink(BatchClock clock) : IIncrementalSink
{
    public void OnIncrementalBatch(InstrumentId instrument, ReadOnlySpan<MarketDataIncrement> entries)
    {
        clock.LastBatchTimestamp = Stopwatch.GetTimestamp();
        clock.Batches++;
        long sum = 0;
        foreach (ref readonly MarketDataIncrement entry in entries)
        {
            sum += entry.Sequence + entry.Size.Mantissa;
        }

        clock.Entries += entries.Length + (sum & 0);
    }
}
