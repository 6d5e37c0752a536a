using LowLatency.Core.Ids;

namespace LowLatency.Venue.Matching;

/// <summary>
/// Forwards every matching event to two listeners in turn (e.g. the FIX order-entry side and the
/// market-data publisher); nested, it fans out to any number, still fully devirtualised.
/// </summary>
public struct CompositeListener<TFirst, TSecond> : IMatchingListener
    where TFirst : struct, IMatchingListener
    where TSecond : struct, IMatchingListener
{
    public TFirst First;
    public TSecond Second;

    public CompositeListener(TFirst first, TSecond second)
    {
        First = first;
        Second = second;
    }

    public void OnExecution(in ExecutionReport report)
    {
        First.OnExecution(in report);
        Second.OnExecution(in report);
    }

    public void OnCancelReject(in CancelReject reject)
    {
        First.OnCancelReject(in reject);
        Second.OnCancelReject(in reject);
    }

    public void OnBookLevel(in BookLevelUpdate update)
    {
        First.OnBookLevel(in update);
        Second.OnBookLevel(in update);
    }

    public void OnTrade(in TradeReport trade)
    {
        First.OnTrade(in trade);
        Second.OnTrade(in trade);
    }

    public void OnBatchEnd(InstrumentId instrument, long sequence)
    {
        First.OnBatchEnd(instrument, sequence);
        Second.OnBatchEnd(instrument, sequence);
    }
}
