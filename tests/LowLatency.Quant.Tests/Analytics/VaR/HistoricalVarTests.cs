using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class HistoricalVarTests
{
    private static RiskSnapshot LinearBook(params double[] exposures)
    {
        var snapshot = new RiskSnapshot(exposures.Length, 4);
        snapshot.Reset(exposures.Length);
        for (int f = 0; f < exposures.Length; f++)
        {
            snapshot.SetFactor(f, 100.0, exposures[f], exposures[f]);
        }

        return snapshot;
    }

    [Fact]
    public void LinearBookVarIsTheKthWorstScenarioLoss()
    {
        // 100 scenarios of one factor: returns −5.0 %, −4.9 %, …, +4.9 % (shuffled); exposure 1e6 ⇒
        // P&Ls −50,000 … +49,000 in steps of 1,000. At 95 %, k = ⌈0.05·100⌉ = 5: VaR = 46,000,
        // ES = mean(50, 49, 48, 47, 46)k = 48,000.
        var returns = Enumerable.Range(0, 100).Select(i => (i - 50) / 1000.0).OrderBy(r => Math.Sin(r * 1e4)).ToArray();
        var scenarios = Matrix<double>.Build.Dense(100, 1, returns);
        var pnl = new double[100];
        var result = HistoricalVar.Compute(LinearBook(1e6), scenarios, 0.95, pnl);
        Assert.Equal(46_000, result.ValueAtRisk, 6);
        Assert.Equal(48_000, result.ExpectedShortfall, 6);
        Assert.Equal(100, result.Scenarios);
        for (int s = 0; s < 100; s++)
        {
            Assert.Equal(1e6 * returns[s], pnl[s], 6);
        }
    }

    [Fact]
    public void OptionsAreFullyRevaluedAtTheShockedLevel()
    {
        // Short 10 calls and long 5 puts struck at 100, underlying 100, plus a 500-unit linear hedge.
        // Intrinsic pricing: at S = 100(1 + r) the call is worth max(100r, 0), the put max(−100r, 0).
        var snapshot = new RiskSnapshot(1, 4);
        snapshot.Reset(1);
        snapshot.SetFactor(0, 100.0, 500.0, 0.0);
        var call = new OptionTerms(OptionRight.Call, 100, 0.5, 0.2, 0.0, 0.0);
        snapshot.AddOption(0, -10, call);
        snapshot.AddOption(0, 5, call with { Right = OptionRight.Put });
        double[] returns = [-0.2, -0.1, 0.0, 0.1, 0.3];
        var pnl = new double[5];
        HistoricalVar.Compute(snapshot, Matrix<double>.Build.Dense(5, 1, returns), 0.8, new IntrinsicPricer(), pnlDestination: pnl);
        for (int s = 0; s < 5; s++)
        {
            double r = returns[s];
            double expected = 500 * r - 10 * Math.Max(100 * r, 0) + 5 * Math.Max(-100 * r, 0);
            Assert.Equal(expected, pnl[s], 9);
        }

        // P&Ls: −20 % → −100 + 100 = 0; −10 % → −50 + 50 = 0; 0; +10 % → 50 − 100 = −50;
        // +30 % → 150 − 300 = −150, the worst; k = ⌈0.2·5⌉ = 1, and at 60 % k = 2 ⇒ ES = (150 + 50)/2.
        var result = HistoricalVar.Compute(snapshot, Matrix<double>.Build.Dense(5, 1, returns), 0.8, new IntrinsicPricer());
        Assert.Equal(150, result.ValueAtRisk, 9);
        var at60 = HistoricalVar.Compute(snapshot, Matrix<double>.Build.Dense(5, 1, returns), 0.6, new IntrinsicPricer());
        Assert.Equal(50, at60.ValueAtRisk, 9);
        Assert.Equal(100, at60.ExpectedShortfall, 9);
    }

    [Fact]
    public void TheHorizonAgesOptionsSoTimeDecayEntersThePnl()
    {
        var snapshot = new RiskSnapshot(1, 1);
        snapshot.Reset(1);
        snapshot.SetFactor(0, 100.0, 0.0, 0.0);
        snapshot.AddOption(0, 3, new OptionTerms(OptionRight.Call, 100, 0.25, 0.2, 0.0, 0.0));
        var pnl = new double[1];

        // Unchanged level, 0.05 years later: time value 100·T/10 falls by 0.5 per unit ⇒ −1.5.
        HistoricalVar.Compute(snapshot, Matrix<double>.Build.Dense(1, 1, [0.0]), 0.5, new TimeValuePricer(), horizonYears: 0.05, pnlDestination: pnl);
        Assert.Equal(-1.5, pnl[0], 12);

        // Past expiry the engine values at intrinsic: all 2.5 of time value is lost, the 10 % rise pays 10.
        HistoricalVar.Compute(snapshot, Matrix<double>.Build.Dense(1, 1, [0.1]), 0.5, new TimeValuePricer(), horizonYears: 1.0, pnlDestination: pnl);
        Assert.Equal(3 * (10 - 2.5), pnl[0], 9);
    }

    [Fact]
    public void BadScenariosAndBooksAreRefusedWithAClearMessage()
    {
        var book = LinearBook(1e6, 2e6);
        var oneColumn = Matrix<double>.Build.Dense(10, 1, 0.01);
        Assert.Contains("2 factors", Assert.Throws<RiskInputException>(() => HistoricalVar.Compute(book, oneColumn, 0.99)).Message, StringComparison.Ordinal);
        var withNaN = Matrix<double>.Build.Dense(3, 2, 0.01);
        withNaN[2, 1] = double.NaN;
        Assert.Contains("scenarioReturns[2,1]", Assert.Throws<RiskInputException>(() => HistoricalVar.Compute(book, withNaN, 0.99)).Message, StringComparison.Ordinal);
        var crash = Matrix<double>.Build.Dense(3, 2, 0.01);
        crash[1, 0] = -1.2;
        Assert.Contains("−100 %", Assert.Throws<RiskInputException>(() => HistoricalVar.Compute(book, crash, 0.99)).Message, StringComparison.Ordinal);

        var withOption = LinearBook(1e6);
        withOption.AddOption(0, 1, new OptionTerms(OptionRight.Call, 100, 1, 0.2, 0, 0));
        Assert.Contains("IOptionPricer", Assert.Throws<RiskInputException>(() => HistoricalVar.Compute(withOption, oneColumn, 0.99)).Message, StringComparison.Ordinal);

        var badLevel = LinearBook(1e6);
        badLevel.SetFactor(0, -5, 1e6, 1e6);
        Assert.Contains("level of factor 0", Assert.Throws<RiskInputException>(() => HistoricalVar.Compute(badLevel, oneColumn, 0.99)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneEngineServesSuccessiveSnapshotsLikeFreshOneShotRuns()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02], 0.5);
        var scenarios = TestMatrices.CorrelatedReturns(cov, 500, seed: 4);
        var engine = new HistoricalVarEngine(scenarios);
        var withOptions = LinearBook(1e6, -3e5);
        withOptions.AddOption(1, -2_000, new OptionTerms(OptionRight.Put, 95, 0.5, 0.2, 0, 0));
        foreach (var book in new[] { LinearBook(1e6, 2e5), withOptions, LinearBook(-4e5, 1e6) })
        {
            var reused = engine.Compute(book, 0.99, new IntrinsicPricer());
            Assert.Equal(HistoricalVar.Compute(book, scenarios, 0.99, new IntrinsicPricer()), reused);
        }
    }

    [Fact]
    public void TheTailCountConventionIsCeilingOfAlphaTimesScenarios()
    {
        Assert.Equal(10, EmpiricalTail.TailCount(1000, 0.99));
        Assert.Equal(5, EmpiricalTail.TailCount(500, 0.99));
        Assert.Equal(7, EmpiricalTail.TailCount(250, 0.975));
        Assert.Equal(1, EmpiricalTail.TailCount(50, 0.99));
    }
}
