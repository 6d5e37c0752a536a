namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// A fitted GARCH(1,1): maximum-likelihood coefficients with standard errors, the filtered state at the
/// end of the sample, and variance forecasts (next period, h periods ahead and the average over a horizon,
/// which is the term structure option desks quote).
/// </summary>
public sealed class Garch11Fit
{
    internal Garch11Fit(
        Garch11Parameters parameters,
        Garch11StandardErrors standardErrors,
        double mean,
        double logLikelihood,
        int observations,
        int iterations,
        bool converged,
        double lastVariance,
        double lastResidual)
    {
        Parameters = parameters;
        StandardErrors = standardErrors;
        Mean = mean;
        LogLikelihood = logLikelihood;
        Observations = observations;
        Iterations = iterations;
        Converged = converged;
        LastVariance = lastVariance;
        LastResidual = lastResidual;
    }

    public Garch11Parameters Parameters { get; }

    /// <summary>Asymptotic standard errors from the inverse numerical Hessian of −log L.</summary>
    public Garch11StandardErrors StandardErrors { get; }

    /// <summary>The mean subtracted before fitting (0 when fitted without de-meaning).</summary>
    public double Mean { get; }

    /// <summary>Gaussian log-likelihood at the estimate, in the units of the input returns.</summary>
    public double LogLikelihood { get; }

    public int Observations { get; }

    /// <summary>Optimiser iterations over all starts.</summary>
    public int Iterations { get; }

    /// <summary>False when the optimiser hit its iteration cap; the estimate is then the best point found.</summary>
    public bool Converged { get; }

    /// <summary>σ²_T, the filtered variance of the last observation.</summary>
    public double LastVariance { get; }

    /// <summary>ε_T = r_T − mean.</summary>
    public double LastResidual { get; }

    /// <summary>σ²_{T+1} = ω + α·ε²_T + β·σ²_T.</summary>
    public double NextVariance => Parameters.Omega + Parameters.Alpha * LastResidual * LastResidual + Parameters.Beta * LastVariance;

    /// <summary>σ²_{T+h} = V_L + (α+β)^{h−1}·(σ²_{T+1} − V_L) for h ≥ 1.</summary>
    public double ForecastVariance(int horizon)
    {
        Guard.Positive(horizon, nameof(horizon));
        double p = Parameters.Persistence;
        double vl = Parameters.LongRunVariance;
        return vl + Math.Pow(p, horizon - 1) * (NextVariance - vl);
    }

    /// <summary>
    /// Mean of σ²_{T+1..T+H}: V_L + (σ²_{T+1} − V_L)·(1 − p^H) / ((1 − p)·H). The variance of an H-period
    /// return is H times this.
    /// </summary>
    public double AverageVariance(int horizon)
    {
        Guard.Positive(horizon, nameof(horizon));
        double p = Parameters.Persistence;
        double vl = Parameters.LongRunVariance;
        return vl + (NextVariance - vl) * (1.0 - Math.Pow(p, horizon)) / ((1.0 - p) * horizon);
    }

    /// <summary>
    /// Annualised volatility term structure: for horizons 1..destination.Length periods,
    /// √(periodsPerYear · <see cref="AverageVariance"/>(h)).
    /// </summary>
    public void AnnualisedTermStructure(Span<double> destination, double periodsPerYear)
    {
        Guard.Positive(periodsPerYear, nameof(periodsPerYear));
        for (int h = 1; h <= destination.Length; h++)
        {
            destination[h - 1] = Math.Sqrt(periodsPerYear * AverageVariance(h));
        }
    }
}
