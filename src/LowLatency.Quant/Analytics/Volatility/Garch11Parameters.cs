namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// GARCH(1,1) coefficients of σ²_t = ω + α·ε²_{t−1} + β·σ²_{t−1} (Bollerslev 1986), in the units of the
/// returns they were fitted on. Stationary (finite long-run variance) when α + β &lt; 1.
/// </summary>
public readonly record struct Garch11Parameters(double Omega, double Alpha, double Beta)
{
    /// <summary>α + β: how slowly a variance shock decays (half-life ln ½ / ln(α+β) periods).</summary>
    public double Persistence => Alpha + Beta;

    /// <summary>ω / (1 − α − β), the level forecasts revert to; +∞ when not stationary.</summary>
    public double LongRunVariance => Persistence < 1.0 ? Omega / (1.0 - Persistence) : double.PositiveInfinity;

    /// <summary>ω &gt; 0, α ≥ 0, β ≥ 0 and α + β &lt; 1.</summary>
    public bool IsStationary => Omega > 0.0 && Alpha >= 0.0 && Beta >= 0.0 && Persistence < 1.0;

    /// <summary>Periods for a variance shock to halve; +∞ when not stationary.</summary>
    public double HalfLife => Persistence < 1.0 && Persistence > 0.0 ? Math.Log(0.5) / Math.Log(Persistence) : double.PositiveInfinity;
}
