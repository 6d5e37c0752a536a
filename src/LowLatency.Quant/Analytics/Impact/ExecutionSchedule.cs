namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// A liquidation trajectory: holdings x₀ = X … x_N = 0 at t_k = k·τ, the trades n_k = x_{k−1} − x_k, and the
/// mean and variance of its implementation shortfall.
/// </summary>
public sealed class ExecutionSchedule
{
    private readonly double[] _holdings;
    private readonly double[] _trades;

    internal ExecutionSchedule(double[] holdings, double[] trades, double expectedCost, double variance, double kappa, double riskAversion)
    {
        _holdings = holdings;
        _trades = trades;
        ExpectedCost = expectedCost;
        Variance = variance;
        Kappa = kappa;
        RiskAversion = riskAversion;
    }

    /// <summary>x_k for k = 0..N.</summary>
    public ReadOnlySpan<double> Holdings => _holdings;

    /// <summary>n_k for k = 1..N (index k − 1).</summary>
    public ReadOnlySpan<double> Trades => _trades;

    /// <summary>E[shortfall] = ½γX² + ε·Σ|n_k| + (η̃/τ)·Σn_k².</summary>
    public double ExpectedCost { get; }

    /// <summary>V[shortfall] = σ²·τ·Σ_{k=1}^{N} x_k².</summary>
    public double Variance { get; }

    /// <summary>Urgency κ (per unit time): the trajectory decays like sinh(κ(T − t)); 0 for the linear schedule.</summary>
    public double Kappa { get; }

    public double RiskAversion { get; }

    /// <summary>E + λ·V, the objective the optimal schedule minimises.</summary>
    public double Utility => ExpectedCost + (RiskAversion * Variance);
}
