using LowLatency.Core.Ids;
using LowLatency.Venue.MarketData;

namespace LowLatency.Venue.Tests.Support;

/// <summary>A subscriber: applies every published batch to per-instrument replicas, and can lose batches on purpose.</summary>
internal sealed class ReplicaFeed
{
    public ReplicaFeed(params BookReplica[] replicas) => Replicas = replicas;

    public BookReplica[] Replicas { get; }

    public int Batches { get; private set; }

    public int Entries { get; private set; }

    /// <summary>Counts of every result, indexed by <see cref="ReplicaUpdateResult"/>.</summary>
    public int[] Results { get; } = new int[8];

    public int DropNextBatches { get; set; }

    public void Deliver(InstrumentId instrument, ReadOnlySpan<MarketDataIncrement> entries)
    {
        Batches++;
        if (DropNextBatches > 0)
        {
            DropNextBatches--;
            return;
        }

        foreach (ref readonly MarketDataIncrement entry in entries)
        {
            Entries++;
            foreach (BookReplica replica in Replicas)
            {
                if (replica.Instrument == instrument)
                {
                    Results[(int)replica.Apply(in entry)]++;
                }
            }
        }
    }
}

/// <summary>Sink struct forwarding to a <see cref="ReplicaFeed"/>.</summary>
internal readonly struct ReplicaSink(ReplicaFeed feed) : IIncrementalSink
{
    public void OnIncrementalBatch(InstrumentId instrument, ReadOnlySpan<MarketDataIncrement> entries) => feed.Deliver(instrument, entries);
}
