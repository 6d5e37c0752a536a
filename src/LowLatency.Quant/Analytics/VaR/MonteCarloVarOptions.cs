namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Settings of a <see cref="MonteCarloVarEngine"/>. Results depend only on these (seed included), never on
/// <see cref="MaxDegreeOfParallelism"/>: each block of draws has its own seeded stream.
/// </summary>
public sealed record MonteCarloVarOptions
{
    /// <summary>Number of P&amp;L scenarios (rounded up to even when antithetic).</summary>
    public int Scenarios { get; init; } = 10_000;

    public ulong Seed { get; init; } = 20_240_601;

    /// <summary>Pairs every draw z with −z: halves the random numbers and correlated draws, and makes the linear P&amp;L exactly symmetric.</summary>
    public bool Antithetic { get; init; } = true;

    /// <summary>Horizon in the periods of the covariance (draws use h·Σ).</summary>
    public double HorizonPeriods { get; init; } = 1.0;

    /// <summary>Years by which options age over the horizon (theta in the P&amp;L); 0 = instantaneous shock.</summary>
    public double HorizonYears { get; init; }

    /// <summary>Worker threads for one run. 1 keeps the analytics on its own thread (the default: the machine's other cores belong to the hot path).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Draws per block: the block's normals (BlockSize × factors) stay in L2 while every factor row reuses them.</summary>
    public int BlockSize { get; init; } = 64;

    internal void Validate()
    {
        Guard.Positive(Scenarios, nameof(Scenarios));
        Guard.Positive(HorizonPeriods, nameof(HorizonPeriods));
        Guard.NonNegative(HorizonYears, nameof(HorizonYears));
        Guard.Positive(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        Guard.Positive(BlockSize, nameof(BlockSize));
    }
}
