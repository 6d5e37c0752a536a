using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Engine;

namespace LowLatency.Rebalancing.Backtest;

/// <summary>
/// What happened in one backtest step, after every underlying ticked, decided and its intents filled: handed
/// to an <see cref="IBacktestObserver"/> so scenario tests can check invariants step by step.
/// </summary>
public readonly ref struct BacktestStep
{
    public BacktestStep(int index, long utcNs, ReadOnlySpan<HedgeIntent> intents, ReadOnlySpan<CollateralTransfer> transfers, RebalancingEngine engine)
    {
        Index = index;
        UtcNs = utcNs;
        Intents = intents;
        Transfers = transfers;
        Engine = engine;
    }

    public int Index { get; }

    public long UtcNs { get; }

    /// <summary>Intents decided (and filled) in this step, in decision order.</summary>
    public ReadOnlySpan<HedgeIntent> Intents { get; }

    public ReadOnlySpan<CollateralTransfer> Transfers { get; }

    /// <summary>The engine, its book and policies as they stand after the step.</summary>
    public RebalancingEngine Engine { get; }
}
