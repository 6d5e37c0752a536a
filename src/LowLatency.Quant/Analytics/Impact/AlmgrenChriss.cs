using MathNet.Numerics;

namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// Optimal execution with linear impact (R. Almgren &amp; N. Chriss, "Optimal execution of portfolio
/// transactions", J. Risk 3, 2000, §2–3): the trajectory minimising E[cost] + λ·Var[cost] is
/// x_k = X·sinh(κ(T − t_k))/sinh(κT) with (2/τ²)(cosh κτ − 1) = κ̃² = λσ²/η̃. λ = 0 gives the linear
/// (TWAP) schedule; larger λ front-loads the selling.
/// </summary>
public static class AlmgrenChriss
{
    public static ExecutionSchedule Optimal(AlmgrenChrissParameters parameters)
    {
        Check(parameters);
        double tau = parameters.Tau;
        double etaTilde = parameters.AdjustedTemporaryImpact;
        double kappaTildeSq = parameters.RiskAversion * parameters.Volatility * parameters.Volatility / etaTilde;
        double kappa = Math.Acosh(1.0 + (0.5 * kappaTildeSq * tau * tau)) / tau;
        int n = parameters.Intervals;
        double bigT = parameters.Horizon;
        var x = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            double t = k * tau;
            x[k] = kappa * bigT < 1e-12
                ? parameters.Shares * (1.0 - ((double)k / n))
                : parameters.Shares * SinhRatio(kappa * (bigT - t), kappa * bigT, kappa * t);
        }

        x[n] = 0.0;
        return Evaluate(parameters, x, kappa);
    }

    /// <summary>The linear (TWAP) schedule x_k = X(1 − k/N), for comparison.</summary>
    public static ExecutionSchedule Linear(AlmgrenChrissParameters parameters)
    {
        Check(parameters);
        int n = parameters.Intervals;
        var x = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            x[k] = parameters.Shares * (1.0 - ((double)k / n));
        }

        return Evaluate(parameters, x, 0.0);
    }

    /// <summary>Mean and variance of any trajectory x₀ = X … x_N = 0 under the model.</summary>
    public static ExecutionSchedule Evaluate(AlmgrenChrissParameters parameters, ReadOnlySpan<double> holdings)
    {
        Check(parameters);
        Guard.SameLength(holdings.Length, parameters.Intervals + 1, nameof(holdings), "intervals + 1");
        Guard.Finite(holdings, nameof(holdings));
        if (holdings[0] != parameters.Shares || holdings[^1] != 0.0)
        {
            Guard.Fail(nameof(holdings), $"a liquidation starts at the full position ({Guard.Format(parameters.Shares)}) and ends at 0; got {Guard.Format(holdings[0])} … {Guard.Format(holdings[^1])}");
        }

        return Evaluate(parameters, holdings.ToArray(), double.NaN);
    }

    private static ExecutionSchedule Evaluate(AlmgrenChrissParameters p, double[] x, double kappa)
    {
        int n = p.Intervals;
        double tau = p.Tau;
        var trades = new double[n];
        double sumAbs = 0.0, sumSq = 0.0, holdSq = 0.0;
        for (int k = 1; k <= n; k++)
        {
            double nk = x[k - 1] - x[k];
            trades[k - 1] = nk;
            sumAbs += Math.Abs(nk);
            sumSq += nk * nk;
            holdSq += x[k] * x[k];
        }

        double expected = (0.5 * p.PermanentImpact * p.Shares * p.Shares) + (p.FixedCost * sumAbs) + (p.AdjustedTemporaryImpact / tau * sumSq);
        double variance = p.Volatility * p.Volatility * tau * holdSq;
        return new ExecutionSchedule(x, trades, expected, variance, kappa, p.RiskAversion);
    }

    /// <summary>
    /// sinh(a)/sinh(b) = e^{−c}·(1 − e^{−2a})/(1 − e^{−2b}) with a = b − c, which stays finite when κT is in
    /// the hundreds (a very risk-averse seller), where sinh itself overflows.
    /// </summary>
    private static double SinhRatio(double a, double b, double c) =>
        Math.Exp(-c) * SpecialFunctions.Expm1(-2.0 * a) / SpecialFunctions.Expm1(-2.0 * b);

    private static void Check(AlmgrenChrissParameters p)
    {
        Guard.NotNull(p, "parameters");
        Guard.Positive(p.Shares, nameof(p.Shares));
        Guard.Positive(p.Horizon, nameof(p.Horizon));
        Guard.Positive(p.Intervals, nameof(p.Intervals));
        Guard.NonNegative(p.Volatility, nameof(p.Volatility));
        Guard.NonNegative(p.PermanentImpact, nameof(p.PermanentImpact));
        Guard.Positive(p.TemporaryImpact, nameof(p.TemporaryImpact));
        Guard.NonNegative(p.FixedCost, nameof(p.FixedCost));
        Guard.NonNegative(p.RiskAversion, nameof(p.RiskAversion));
        if (!(p.AdjustedTemporaryImpact > 0.0))
        {
            Guard.Fail(nameof(p.TemporaryImpact), $"η − ½γτ must be > 0 (got {Guard.Format(p.AdjustedTemporaryImpact)}): the permanent impact is too large for this step size; use more intervals");
        }
    }
}
