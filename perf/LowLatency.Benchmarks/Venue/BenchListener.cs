using LowLatency.Core.Ids;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Stands in for the FIX gateway: reads the fields an ExecutionReport encoder would (so the JIT cannot drop
/// the report construction) and counts; no I/O.
/// </summary>
public struct BenchListener : IMatchingListener
{
    public long Executions;
    public long Checksum;
    public long Levels;
    public long Trades;
    public long Batches;

    public void OnExecution(in ExecutionReport report)
    {
        Executions++;
        Checksum += report.ExecutionId ^ report.LeavesQuantity.Mantissa ^ report.AveragePrice.Mantissa ^ report.ClientOrderId.Length;
    }

    public void OnCancelReject(in CancelReject reject) => Checksum += (long)reject.Reason;

    public void OnBookLevel(in BookLevelUpdate update)
    {
        Levels++;
        Checksum += update.Size.Mantissa;
    }

    public void OnTrade(in TradeReport trade)
    {
        Trades++;
        Checksum += trade.Price.Mantissa;
    }

    public void OnBatchEnd(InstrumentId instrument, long sequence) => Batches++;
}
