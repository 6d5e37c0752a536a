using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.VaR;
using LowLatency.Testing;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class IncrementalParametricVarTests
{
    private const int Factors = 40;

    private static MathNet.Numerics.LinearAlgebra.Matrix<double> Covariance() =>
        TestMatrices.ConstantCorrelationCovariance(Enumerable.Range(0, Factors).Select(i => 0.008 + 0.0005 * i).ToArray(), 0.3);

    [Fact]
    public void ThousandsOfSingleFactorUpdatesMatchAFullRecompute()
    {
        var cov = Covariance();
        var engine = new IncrementalParametricVar(cov, 0.99);
        var w = new double[Factors];
        var random = new Random(4);
        for (int step = 0; step < 10_000; step++)
        {
            int i = random.Next(Factors);
            double value = (random.NextDouble() - 0.4) * 1e6;
            w[i] = value;
            Assert.Equal(PreTradeVarStatus.Ok, engine.SetExposure(i, value));
        }

        double full = ParametricVar.DeltaNormal(w, cov, 0.99).ValueAtRisk;
        Assert.Equal(full, engine.ValueAtRisk, full * 1e-10);
        Assert.True(engine.Resynchronise() < 1e-6, "Σw drift after 10,000 updates");
        Assert.Equal(full, engine.ValueAtRisk, full * 1e-12);

        var components = new double[Factors];
        var expected = new double[Factors];
        engine.ComponentVar(components);
        ParametricVar.Component(w, cov, 0.99, expected);
        for (int i = 0; i < Factors; i++)
        {
            Assert.Equal(expected[i], components[i], Math.Abs(expected[i]) * 1e-9 + 1e-6);
        }
    }

    [Fact]
    public void VarAfterTradeEqualsTheVarOfTheBookWithTheTradeApplied()
    {
        var cov = Covariance();
        var engine = new IncrementalParametricVar(cov, 0.99, horizonPeriods: 10);
        var w = Enumerable.Range(0, Factors).Select(i => (i % 3 - 1) * 1e5 + 1e4 * i).ToArray();
        engine.SetExposures(w);
        double before = engine.ValueAtRisk;

        Assert.Equal(PreTradeVarStatus.Ok, engine.VarAfterTrade(7, -3e5, out double single));
        Assert.Equal(before, engine.ValueAtRisk);
        var applied = (double[])w.Clone();
        applied[7] -= 3e5;
        Assert.Equal(ParametricVar.DeltaNormal(applied, cov, 0.99, 10).ValueAtRisk, single, single * 1e-10);

        // A multi-leg trade, with a repeated factor.
        int[] factors = [3, 11, 3, 39];
        double[] deltas = [2e5, -1e5, 5e4, 7e5];
        Assert.Equal(PreTradeVarStatus.Ok, engine.VarAfterTrade(factors, deltas, out double multi));
        var trade = new double[Factors];
        for (int k = 0; k < factors.Length; k++)
        {
            trade[factors[k]] += deltas[k];
        }

        Assert.Equal(before + ParametricVar.Incremental(w, trade, cov, 0.99, 10), multi, multi * 1e-10);
    }

    [Fact]
    public void ThePreTradeCheckBlocksRiskIncreasingTradesOverTheLimitButNeverAHedge()
    {
        var cov = TestMatrices.Of(new double[,] { { 1e-4, 0 }, { 0, 1e-4 } });
        var engine = new IncrementalParametricVar(cov, 0.99);
        engine.SetExposures([1e6, 0]);
        double var = engine.ValueAtRisk;

        Assert.Equal(PreTradeVarStatus.LimitBreached, engine.CheckTrade(0, 5e5, var * 1.2, out double after));
        Assert.True(after > var * 1.2);
        Assert.Equal(PreTradeVarStatus.Ok, engine.CheckTrade(0, 1e5, var * 1.2, out _));

        // Already above a tightened limit: a reducing trade passes, an increasing one does not.
        Assert.Equal(PreTradeVarStatus.Ok, engine.CheckTrade(0, -5e5, var * 0.1, out double reduced));
        Assert.True(reduced < var);
        Assert.Equal(PreTradeVarStatus.LimitBreached, engine.CheckTrade(1, 1e5, var * 0.1, out _));
    }

    [Fact]
    public void BadInputOnThePreTradePathReturnsAStatusAndLeavesTheStateAlone()
    {
        var engine = new IncrementalParametricVar(Covariance(), 0.99);
        engine.SetExposure(0, 1e6);
        double var = engine.ValueAtRisk;
        Assert.Equal(PreTradeVarStatus.UnknownFactor, engine.SetExposure(Factors, 1));
        Assert.Equal(PreTradeVarStatus.UnknownFactor, engine.AddExposure(-1, 1));
        Assert.Equal(PreTradeVarStatus.NonFiniteInput, engine.AddExposure(0, double.NaN));
        Assert.Equal(PreTradeVarStatus.NonFiniteInput, engine.SetExposure(0, double.PositiveInfinity));
        Assert.Equal(PreTradeVarStatus.NonFiniteInput, engine.CheckTrade(0, 1, double.NaN, out _));
        Assert.Equal(PreTradeVarStatus.MismatchedLengths, engine.VarAfterTrade([1, 2], [1.0], out double nan));
        Assert.True(double.IsNaN(nan));
        Assert.Equal(PreTradeVarStatus.UnknownFactor, engine.VarAfterTrade([1, Factors], [1.0, 1.0], out _));
        Assert.Equal(var, engine.ValueAtRisk);
        Assert.Equal(1e6, engine.Exposures[0]);
    }

    [Fact]
    public void TickUpdatesAndPreTradeChecksDoNotAllocate()
    {
        var engine = new IncrementalParametricVar(Covariance(), 0.99);
        engine.SetExposures(Enumerable.Range(0, Factors).Select(i => 1e5 * (i + 1)).ToArray());
        int[] factors = [1, 5];
        double[] deltas = [1e4, -2e4];
        var components = new double[Factors];
        int tick = 0;
        long bytes = Allocations.Measure(() =>
        {
            tick++;
            engine.AddExposure(tick % Factors, tick % 2 == 0 ? 1e3 : -1e3);
            engine.CheckTrade(tick % Factors, 5e4, 1e9, out _);
            engine.VarAfterTrade(factors, deltas, out _);
            engine.ComponentVar(components);
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void ConstructionRefusesANonPsdCovarianceAndABadConfidence()
    {
        var indefinite = TestMatrices.Of(new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } });
        Assert.Throws<RiskInputException>(() => new IncrementalParametricVar(indefinite, 0.99));
        Assert.Throws<RiskInputException>(() => new IncrementalParametricVar(Covariance(), 1.5));
        var engine = new IncrementalParametricVar(Covariance(), 0.99);
        Assert.Contains("covariance rows", Assert.Throws<RiskInputException>(() => engine.SetExposures(new double[3])).Message, StringComparison.Ordinal);
    }
}
