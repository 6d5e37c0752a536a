using LowLatency.Core.Ids;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// The market-data side of the matching listener: batches each command's level updates and trades and
/// hands the batch to <typeparamref name="TSink"/> at the command's end. Ignores order events; compose it
/// with the order-entry listener through <see cref="CompositeListener{TFirst, TSecond}"/>.
/// </summary>
public struct IncrementalPublisher<TSink> : IMatchingListener
    where TSink : struct, IIncrementalSink
{
    private readonly IncrementalBatcher _batcher;
    public TSink Sink;

    public IncrementalPublisher(TSink sink, IncrementalBatcher? batcher = null)
    {
        Sink = sink;
        _batcher = batcher ?? new IncrementalBatcher();
    }

    public readonly void OnExecution(in ExecutionReport report)
    {
    }

    public readonly void OnCancelReject(in CancelReject reject)
    {
    }

    public readonly void OnBookLevel(in BookLevelUpdate update) => _batcher.Add(in update);

    public readonly void OnTrade(in TradeReport trade) => _batcher.Add(in trade);

    public void OnBatchEnd(InstrumentId instrument, long sequence)
    {
        Sink.OnIncrementalBatch(instrument, _batcher.Pending);
        _batcher.Clear();
    }
}
