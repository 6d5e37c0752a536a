using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics.Snapshots;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Benchmarks.Analytics;

/// <summary>Deterministic books and covariances for the analytics benchmarks.</summary>
internal static class AnalyticsBooks
{
    /// <summary>
    /// A factor-model covariance (3 sectors + idiosyncratic) of daily returns: realistic structure, positive
    /// definite, vols 1–3 % a day.
    /// </summary>
    public static Matrix<double> Covariance(int factors, int seed = 7)
    {
        var random = new Random(seed);
        var loadings = Matrix<double>.Build.Dense(factors, 3, (i, k) => (k == i % 3 ? 0.012 : 0.004) * (0.5 + random.NextDouble()));
        var cov = loadings.TransposeAndMultiply(loadings);
        for (int i = 0; i < factors; i++)
        {
            double idio = 0.005 + (0.01 * random.NextDouble());
            cov[i, i] += idio * idio;
        }

        return cov;
    }

    /// <summary>One linear position per factor, ±1m notional.</summary>
    public static RiskSnapshot Linear(int factors, int seed = 11)
    {
        var random = new Random(seed);
        var snapshot = new RiskSnapshot(factors, 0);
        snapshot.Reset(factors);
        for (int f = 0; f < factors; f++)
        {
            double w = (random.NextDouble() - 0.4) * 2e6;
            snapshot.SetFactor(f, 100.0, w, w);
        }

        return snapshot;
    }

    /// <summary>
    /// <paramref name="options"/> options spread round-robin over <paramref name="factors"/> underlyings
    /// (strikes 80–120, 1 month–1 year), plus one linear hedge per underlying when <paramref name="hedges"/>.
    /// </summary>
    public static RiskSnapshot WithOptions(int factors, int options, bool hedges, int seed = 13)
    {
        var random = new Random(seed);
        var snapshot = new RiskSnapshot(factors, options);
        snapshot.Reset(factors);
        for (int f = 0; f < factors; f++)
        {
            double w = hedges ? (random.NextDouble() - 0.5) * 1e6 : 0.0;
            snapshot.SetFactor(f, 100.0, w, w);
        }

        for (int i = 0; i < options; i++)
        {
            var terms = new OptionTerms(
                random.Next(2) == 0 ? OptionRight.Call : OptionRight.Put,
                Strike: 80 + (40 * random.NextDouble()),
                TimeToExpiry: 1.0 / 12 + random.NextDouble(),
                Volatility: 0.15 + (0.3 * random.NextDouble()),
                Rate: 0.03,
                CostOfCarry: 0.01);
            snapshot.AddOption(i % factors, (random.NextDouble() - 0.5) * 2_000, terms);
        }

        return snapshot;
    }
}
