using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// GARCH(1,1) by Gaussian maximum likelihood. The optimiser (MathNet Nelder–Mead, several starts) works
/// in an unconstrained space that maps onto the admissible region, so every trial point satisfies
/// ω &gt; 0, α, β ≥ 0, α + β &lt; 1:
/// ω̃ = exp(θ₀), p = logistic(θ₁) = α + β, α = p·logistic(θ₂), β = p − α.
/// Returns are scaled to unit variance first (ω̃ = ω / s²) so the likelihood surface is well conditioned
/// whatever the return units; standard errors come from the inverse numerical Hessian of −log L in
/// the natural parameters.
/// </summary>
public static class Garch11
{
    /// <summary>Fewer returns than this cannot pin down three parameters and a variance recursion.</summary>
    public const int MinimumObservations = 50;

    private const double Log2Pi = 1.8378770664093453;

    /// <summary>Fits σ²_t = ω + α·ε²_{t−1} + β·σ²_{t−1}, ε_t = r_t − μ (μ = sample mean, or 0 when <paramref name="demean"/> is false).</summary>
    public static Garch11Fit Fit(ReadOnlySpan<double> returns, bool demean = true, int maxIterations = 4000)
    {
        Guard.MinLength(returns.Length, MinimumObservations, nameof(returns), "returns");
        Guard.Finite(returns, nameof(returns));
        Guard.Positive(maxIterations, nameof(maxIterations));
        double sampleVariance = ReturnSeries.SampleVariance(returns, out double sampleMean);
        if (!(sampleVariance > 0.0) || IsConstant(returns))
        {
            Guard.Fail(nameof(returns), "returns are constant (zero variance); GARCH needs varying returns");
        }

        double mean = demean ? sampleMean : 0.0;
        double scale = Math.Sqrt(sampleVariance);
        double[] z = new double[returns.Length];
        for (int t = 0; t < z.Length; t++)
        {
            z[t] = (returns[t] - mean) / scale;
        }

        double initialVariance = ScaledInitialVariance(z);
        var objective = ObjectiveFunction.Value(theta => -ScaledLogLikelihood(z, ToNatural(theta), initialVariance) / z.Length);

        // Starts spread over the persistence/reaction plane: daily financial returns usually sit near
        // α ≈ 0.05–0.1, β ≈ 0.85–0.93, but a single start can stall on the flat ridge α + β ≈ const.
        ReadOnlySpan<double> startAlpha = [0.05, 0.10, 0.20];
        ReadOnlySpan<double> startBeta = [0.90, 0.80, 0.50];
        Vector<double>? best = null;
        double bestValue = double.PositiveInfinity;
        int iterations = 0;
        bool converged = false;
        var step = Vector<double>.Build.Dense([0.5, 0.5, 0.5]);
        for (int s = 0; s < startAlpha.Length; s++)
        {
            var start = ToTheta(new Garch11Parameters(1.0 - startAlpha[s] - startBeta[s], startAlpha[s], startBeta[s]));
            (Vector<double> point, double value, int iters, bool ok) = Minimise(objective, start, step, maxIterations);
            iterations += iters;
            if (value < bestValue)
            {
                bestValue = value;
                best = point;
                converged = ok;
            }
        }

        // Restart from the best vertex: Nelder–Mead can collapse its simplex early on curved valleys.
        (Vector<double> polished, double polishedValue, int polishIters, bool polishOk) =
            Minimise(objective, best!, step * 0.1, maxIterations);
        iterations += polishIters;
        if (polishedValue <= bestValue)
        {
            best = polished;
            converged = polishOk;
        }

        Garch11Parameters scaled = ToNatural(best!);
        double s2 = sampleVariance;
        var parameters = new Garch11Parameters(scaled.Omega * s2, scaled.Alpha, scaled.Beta);
        Garch11StandardErrors se = StandardErrors(z, scaled, initialVariance, s2);

        double logLikelihood = ScaledLogLikelihood(z, scaled, initialVariance) - z.Length * Math.Log(scale);
        double lastVariance = FilterLastVariance(z, scaled, initialVariance) * s2;
        return new Garch11Fit(parameters, se, mean, logLikelihood, returns.Length, iterations, converged,
            lastVariance, returns[^1] - mean);
    }

    /// <summary>
    /// Gaussian log-likelihood Σ −½(ln 2π + ln σ²_t + ε²_t/σ²_t) of <paramref name="returns"/> under
    /// <paramref name="parameters"/>, with σ²₁ = the sample variance of ε (the same start <see cref="Fit"/> uses).
    /// </summary>
    public static double LogLikelihood(ReadOnlySpan<double> returns, Garch11Parameters parameters, double mean = 0.0)
    {
        Guard.MinLength(returns.Length, 2, nameof(returns), "returns");
        Guard.Finite(returns, nameof(returns));
        double[] e = new double[returns.Length];
        for (int t = 0; t < e.Length; t++)
        {
            e[t] = returns[t] - mean;
        }

        return ScaledLogLikelihood(e, parameters, ScaledInitialVariance(e));
    }

    /// <summary>Simulates returns r_t = σ_t·z_t (z ~ N(0,1) from <paramref name="random"/>), σ²₁ = long-run variance.</summary>
    public static void Simulate(Garch11Parameters parameters, Span<double> destination, Random random)
    {
        Guard.NotNull(random, nameof(random));
        if (!parameters.IsStationary)
        {
            Guard.Fail(nameof(parameters), $"simulation needs ω > 0, α, β ≥ 0 and α + β < 1; got {parameters}");
        }

        double variance = parameters.LongRunVariance;
        for (int t = 0; t < destination.Length; t++)
        {
            double r = Math.Sqrt(variance) * Normal.Sample(random, 0.0, 1.0);
            destination[t] = r;
            variance = parameters.Omega + parameters.Alpha * r * r + parameters.Beta * variance;
        }
    }

    private static (Vector<double> Point, double Value, int Iterations, bool Converged) Minimise(
        IObjectiveFunction objective, Vector<double> start, Vector<double> step, int maxIterations)
    {
        try
        {
            var result = NelderMeadSimplex.Minimum(objective, start, step, 1e-12, maxIterations);
            return (result.MinimizingPoint, result.FunctionInfoAtMinimum.Value, result.Iterations, true);
        }
        catch (MaximumIterationsException)
        {
            // MathNet reports the cap by exception and drops the simplex; the start is then our best
            // known point and the fit is flagged as not converged rather than failed.
            objective.EvaluateAt(start);
            return (start, objective.Value, maxIterations, false);
        }
    }

    private static bool IsConstant(ReadOnlySpan<double> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }

        return true;
    }

    private static double ScaledInitialVariance(ReadOnlySpan<double> e)
    {
        double ss = 0.0;
        for (int t = 0; t < e.Length; t++)
        {
            ss += e[t] * e[t];
        }

        return ss / e.Length;
    }

    private static double ScaledLogLikelihood(ReadOnlySpan<double> e, Garch11Parameters p, double initialVariance)
    {
        double variance = initialVariance;
        double sum = 0.0;
        for (int t = 0; t < e.Length; t++)
        {
            if (!(variance > 0.0) || !double.IsFinite(variance))
            {
                return double.NegativeInfinity;
            }

            sum += Math.Log(variance) + e[t] * e[t] / variance;
            variance = p.Omega + p.Alpha * e[t] * e[t] + p.Beta * variance;
        }

        return -0.5 * (e.Length * Log2Pi + sum);
    }

    private static double FilterLastVariance(ReadOnlySpan<double> e, Garch11Parameters p, double initialVariance)
    {
        double variance = initialVariance;
        for (int t = 0; t < e.Length - 1; t++)
        {
            variance = p.Omega + p.Alpha * e[t] * e[t] + p.Beta * variance;
        }

        return variance;
    }

    private static Garch11Parameters ToNatural(Vector<double> theta)
    {
        double omega = Math.Exp(Math.Clamp(theta[0], -50.0, 50.0));
        double persistence = SpecialFunctions.Logistic(theta[1]);
        double alpha = persistence * SpecialFunctions.Logistic(theta[2]);
        return new Garch11Parameters(omega, alpha, persistence - alpha);
    }

    private static Vector<double> ToTheta(Garch11Parameters p) =>
        Vector<double>.Build.Dense([Math.Log(p.Omega), SpecialFunctions.Logit(p.Persistence), SpecialFunctions.Logit(p.Alpha / p.Persistence)]);

    private static Garch11StandardErrors StandardErrors(double[] z, Garch11Parameters scaled, double initialVariance, double s2)
    {
        double[] x = [scaled.Omega, scaled.Alpha, scaled.Beta];
        double[,] h = NumericalHessian.OfNegativeLogLikelihood(
            v => -ScaledLogLikelihood(z, new Garch11Parameters(v[0], v[1], v[2]), initialVariance), x);
        var hessian = Matrix<double>.Build.DenseOfArray(h);
        double seOmega = double.NaN, seAlpha = double.NaN, seBeta = double.NaN;
        var cholesky = TryCholesky(hessian);
        if (cholesky is not null)
        {
            var covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(3));
            seOmega = Math.Sqrt(covariance[0, 0]) * s2;
            seAlpha = Math.Sqrt(covariance[1, 1]);
            seBeta = Math.Sqrt(covariance[2, 2]);
        }

        return new Garch11StandardErrors(seOmega, seAlpha, seBeta);
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? TryCholesky(Matrix<double> m)
    {
        if (!double.IsFinite(m.FrobeniusNorm()))
        {
            return null;
        }

        try
        {
            return m.Cholesky();
        }
        catch (ArgumentException)
        {
            // Not positive definite: the estimate sits on a boundary (e.g. α ≈ 0) and the usual
            // asymptotics do not apply; the caller reports NaN standard errors.
            return null;
        }
    }
}
