using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;
using MathNet.Numerics.Distributions;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class MonteCarloVarTests
{
    private static RiskSnapshot Book(double[] exposures, double level = 100.0)
    {
        var snapshot = new RiskSnapshot(exposures.Length, 8);
        snapshot.Reset(exposures.Length);
        for (int f = 0; f < exposures.Length; f++)
        {
            snapshot.SetFactor(f, level, exposures[f], exposures[f]);
        }

        return snapshot;
    }

    [Fact]
    public void ALinearPortfolioConvergesToTheParametricAnswer()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.015, 0.02, 0.012, 0.018], 0.4);
        double[] w = [1e6, -5e5, 8e5, 3e5, -2e5];
        var parametric = ParametricVar.DeltaNormal(w, cov, 0.99);

        // Quantile standard error ≈ √(α(1−α)/N)/φ(z)·σ: ≈ 0.4 % of VaR at N = 200,000.
        var engine = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 200_000, Seed = 9 });
        var mc = engine.Compute(Book(w), 0.99);
        Assert.Equal(parametric.ValueAtRisk, mc.ValueAtRisk, parametric.ValueAtRisk * 0.015);
        Assert.Equal(parametric.ExpectedShortfall, mc.ExpectedShortfall, parametric.ExpectedShortfall * 0.015);
        Assert.Equal(parametric.PnlStandardDeviation, mc.PnlStandardDeviation, parametric.PnlStandardDeviation * 0.01);
        Assert.Equal(0.0, mc.PnlMean, 1e-6);

        // And the error shrinks with more scenarios (same seed family, 100× fewer draws is visibly worse on average).
        double smallError = 0;
        for (int seed = 1; seed <= 8; seed++)
        {
            var small = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 2_000, Seed = (ulong)seed }).Compute(Book(w), 0.99);
            smallError += Math.Abs(small.ValueAtRisk - parametric.ValueAtRisk) / 8;
        }

        Assert.True(Math.Abs(mc.ValueAtRisk - parametric.ValueAtRisk) < smallError, "200,000 scenarios should beat 2,000 on average");
    }

    [Fact]
    public void AShortGammaBookMatchesTheExactQuantileOfItsQuadraticPnl()
    {
        // Short 1,000 units of a contract worth S²/K (S = K = 100, so 100 a unit): its P&L in a return r is
        // −1,000·100·((1 + r)² − 1) = −100,000·(2r + r²). With a linear 150,000 per unit return the book's
        // P&L is −50,000·r − 100,000·r²: δ = −50,000, γ = −200,000 — short gamma, fat left tail both ways.
        const double sigma = 0.03;
        var cov = TestMatrices.Of(new double[,] { { sigma * sigma } });
        var snapshot = Book([150_000]);
        snapshot.AddOption(0, -1_000, new OptionTerms(OptionRight.Call, 100, 1, 0.2, 0, 0));
        double PnL(double r) => -100_000 * (2 * r + r * r) + 150_000 * r;

        // Exact α-quantile of P&L for r ~ N(0, σ²): P(P&L ≤ q) = Φ(r₁/σ) + 1 − Φ(r₂/σ) with r₁ < r₂ the roots
        // of −100,000r² − 50,000r − q = 0; solve for q by bisection.
        double Probability(double q)
        {
            double a = -100_000, b = -50_000, c = -q;
            double disc = Math.Sqrt(b * b - 4 * a * c);
            double r1 = (-b + disc) / (2 * a), r2 = (-b - disc) / (2 * a);
            (r1, r2) = (Math.Min(r1, r2), Math.Max(r1, r2));
            return Normal.CDF(0, sigma, r1) + 1 - Normal.CDF(0, sigma, r2);
        }

        double lo = -1e5, hi = PnL(-0.25);
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Probability(mid) > 0.01) hi = mid; else lo = mid;
        }

        double exactVar = -0.5 * (lo + hi);
        var mc = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 200_000, Seed = 3 }).Compute(snapshot, 0.99, new SquarePricer());
        Assert.Equal(exactVar, mc.ValueAtRisk, exactVar * 0.02);

        // Cornish–Fisher on the same exact δ/γ lands close too (its error, not the simulation's, dominates).
        snapshot.ComputeSensitivities(new SquarePricer());
        Assert.Equal(-50_000, snapshot.DeltaExposures[0], 3);
        Assert.Equal(-200_000, snapshot.GammaExposures[0], 1);
        var cf = DeltaGammaVar.CornishFisher(snapshot.DeltaExposures, snapshot.GammaExposures, cov, 0.99);
        Assert.Equal(exactVar, cf.Var.ValueAtRisk, exactVar * 0.05);
    }

    [Fact]
    public void CommonRandomNumbersGiveAnIncrementalVarCloseToTheParametricOne()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.015, 0.02], 0.5);
        double[] w = [1e6, 5e5, -2e5];
        double[] after = [1e6, 3e5, -2e5];
        double parametric = ParametricVar.Incremental(w, [0, -2e5, 0], cov, 0.99);
        var engine = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 50_000, Seed = 77 });
        double mc = engine.Compute(Book(after), 0.99).ValueAtRisk - engine.Compute(Book(w), 0.99).ValueAtRisk;
        Assert.True(parametric < 0);
        Assert.Equal(parametric, mc, Math.Abs(parametric) * 0.05);
    }

    [Fact]
    public void ResultsDependOnTheSeedButNotOnTheNumberOfThreads()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.015], 0.3);
        var snapshot = Book([1e6, 2e5, -4e5]);
        snapshot.AddOption(1, -500, new OptionTerms(OptionRight.Call, 100, 1, 0.2, 0, 0));
        var single = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 5_000, Seed = 17, MaxDegreeOfParallelism = 1 });
        var dual = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 5_000, Seed = 17, MaxDegreeOfParallelism = 2 });
        var other = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 5_000, Seed = 18 });
        var a = single.Compute(snapshot, 0.99, new SquarePricer());
        var b = dual.Compute(snapshot, 0.99, new SquarePricer());
        Assert.Equal(a, b);
        Assert.True(single.LastScenarioPnl.SequenceEqual(dual.LastScenarioPnl));
        Assert.NotEqual(a.ValueAtRisk, other.Compute(snapshot, 0.99, new SquarePricer()).ValueAtRisk);
        Assert.Equal(a, single.Compute(snapshot, 0.99, new SquarePricer()));
    }

    [Fact]
    public void ASemiDefiniteCovarianceIsSimulatedThroughItsEigenSquareRoot()
    {
        // Perfectly correlated factors: VaR = z·σ·(w1 + w2) exactly; Cholesky fails, the eigen root does not.
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.01], 1.0);
        var mc = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 100_000, Seed = 5 }).Compute(Book([6e5, 4e5]), 0.99);
        double expected = 2.3263478740408408 * 0.01 * 1e6;
        Assert.Equal(expected, mc.ValueAtRisk, expected * 0.02);
    }

    [Fact]
    public void BadCovariancesSnapshotsAndOptionsAreRefused()
    {
        var indefinite = TestMatrices.Of(new double[,] { { 1e-4, 2e-4 }, { 2e-4, 1e-4 } });
        Assert.Contains("not positive semi-definite", Assert.Throws<RiskInputException>(() => new MonteCarloVarEngine(indefinite)).Message, StringComparison.Ordinal);
        var cov = TestMatrices.Of(new double[,] { { 1e-4, 0 }, { 0, 1e-4 } });
        Assert.Contains("Scenarios", Assert.Throws<RiskInputException>(() => new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 0 })).Message, StringComparison.Ordinal);
        var engine = new MonteCarloVarEngine(cov, new MonteCarloVarOptions { Scenarios = 100 });
        Assert.Contains("3 factors", Assert.Throws<RiskInputException>(() => engine.Compute(Book([1, 2, 3]), 0.99)).Message, StringComparison.Ordinal);
        var snapshot = Book([1, 2]);
        snapshot.AddOption(0, 1, new OptionTerms(OptionRight.Put, -5, 1, 0.2, 0, 0));
        Assert.Contains("option 0", Assert.Throws<RiskInputException>(() => engine.Compute(snapshot, 0.99, new SquarePricer())).Message, StringComparison.Ordinal);
        Assert.Contains("IOptionPricer", Assert.Throws<RiskInputException>(() => engine.Compute(snapshot, 0.99)).Message, StringComparison.Ordinal);
    }
}
