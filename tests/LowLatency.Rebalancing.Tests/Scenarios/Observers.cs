using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Delta;
using LowLatency.Rebalancing.Liquidation;

namespace LowLatency.Rebalancing.Tests.Scenarios;

/// <summary>Checks after every step that each delta rule's effective delta is inside its band, and records violations.</summary>
internal sealed class BandObserver : IBacktestObserver
{
    public List<string> Violations { get; } = [];

    public int Steps { get; private set; }

    public void OnStep(in BacktestStep step)
    {
        Steps++;
        for (int r = 0; r < step.Engine.Chain.Delta.RuleCount; r++)
        {
            DeltaBandSnapshot band = step.Engine.DeltaSnapshot(r);
            double delta = step.Engine.Chain.Delta.EffectiveDelta(r, step.Engine.State);
            if (Math.Abs(delta - band.Target) > band.HalfWidth * (1 + 1e-9) + 1e-12)
            {
                Violations.Add($"step {step.Index}: delta {delta} outside {band.Target} ± {band.HalfWidth}");
            }
        }
    }
}

/// <summary>Records the margin ratio the liquidation policy saw and its level after every step.</summary>
internal sealed class LevelObserver : IBacktestObserver
{
    public List<(double Ratio, ProtectionLevel Level)> Steps { get; } = [];

    public void OnStep(in BacktestStep step) =>
        Steps.Add((step.Engine.Chain.Liquidation.LastMarginRatio, step.Engine.LiquidationLevel));
}

/// <summary>Collects every intent with the step time it was decided at.</summary>
internal sealed class IntentLog : IBacktestObserver
{
    public List<(long UtcNs, HedgeIntent Intent)> Intents { get; } = [];

    public void OnStep(in BacktestStep step)
    {
        foreach (HedgeIntent intent in step.Intents)
        {
            Intents.Add((step.UtcNs, intent));
        }
    }
}
