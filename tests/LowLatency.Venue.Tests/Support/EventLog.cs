using LowLatency.Core.Ids;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Support;

/// <summary>Everything a matching engine reported, in order, for assertions.</summary>
internal sealed class EventLog
{
    public List<ExecutionReport> Executions { get; } = [];

    public List<CancelReject> CancelRejects { get; } = [];

    public List<BookLevelUpdate> Levels { get; } = [];

    public List<TradeReport> Trades { get; } = [];

    public List<(InstrumentId Instrument, long Sequence)> Batches { get; } = [];

    /// <summary>Every event in emission order (boxed: tests only).</summary>
    public List<object> All { get; } = [];

    public void Clear()
    {
        Executions.Clear();
        CancelRejects.Clear();
        Levels.Clear();
        Trades.Clear();
        Batches.Clear();
        All.Clear();
    }
}

/// <summary>Listener that appends to an <see cref="EventLog"/>.</summary>
internal struct RecordingListener(EventLog log) : IMatchingListener
{
    public readonly EventLog Log = log;

    public readonly void OnExecution(in ExecutionReport report)
    {
        Log.Executions.Add(report);
        Log.All.Add(report);
    }

    public readonly void OnCancelReject(in CancelReject reject)
    {
        Log.CancelRejects.Add(reject);
        Log.All.Add(reject);
    }

    public readonly void OnBookLevel(in BookLevelUpdate update)
    {
        Log.Levels.Add(update);
        Log.All.Add(update);
    }

    public readonly void OnTrade(in TradeReport trade)
    {
        Log.Trades.Add(trade);
        Log.All.Add(trade);
    }

    public readonly void OnBatchEnd(InstrumentId instrument, long sequence)
    {
        Log.Batches.Add((instrument, sequence));
        Log.All.Add((instrument, sequence));
    }
}

/// <summary>Listener that only counts: used where allocation or speed is measured.</summary>
internal struct CountingListener : IMatchingListener
{
    public long Executions;
    public long Fills;
    public long CancelRejects;
    public long Levels;
    public long Trades;
    public long Batches;

    public void OnExecution(in ExecutionReport report)
    {
        Executions++;
        if (report.ExecType == Model.Orders.ExecType.Trade)
        {
            Fills++;
        }
    }

    public void OnCancelReject(in CancelReject reject) => CancelRejects++;

    public void OnBookLevel(in BookLevelUpdate update) => Levels++;

    public void OnTrade(in TradeReport trade) => Trades++;

    public void OnBatchEnd(InstrumentId instrument, long sequence) => Batches++;
}
