namespace LowLatency.Rebalancing.Backtest;

/// <summary>Called after every backtest step (tests assert invariants here; a replay command can journal).</summary>
public interface IBacktestObserver
{
    void OnStep(in BacktestStep step);
}
