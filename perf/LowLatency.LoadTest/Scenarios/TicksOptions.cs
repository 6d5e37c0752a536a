namespace LowLatency.LoadTest.Scenarios;

/// <summary>The <c>ticks</c> scenario's knobs: how often and how far the venues' BTC is shocked, how often quotes follow the venues.</summary>
public sealed record TicksOptions
{
    /// <summary>A BTC shock on every venue this often (alternating up and down), so hedges are decided and orders flow.</summary>
    public TimeSpan ShockInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Relative size of a shock (0.05 = 5 %).</summary>
    public double ShockSize { get; init; } = 0.05;

    /// <summary>How often the injected quotes re-read the venues' books (the ticks stay tradable there).</summary>
    public TimeSpan QuoteRefresh { get; init; } = TimeSpan.FromMilliseconds(50);
}
