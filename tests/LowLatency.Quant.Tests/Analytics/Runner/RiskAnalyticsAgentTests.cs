using LowLatency.Core.Agents;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;
using LowLatency.Quant.Tests.Analytics.VaR;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Tests.Analytics.Runner;

public sealed class RiskAnalyticsAgentTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Matrix<double> _covariance = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.015], 0.4);
    private readonly SnapshotExchange _exchange = new(3, 4);
    private readonly RiskReportBoard _board = new();
    private readonly List<Exception> _errors = [];
    private readonly RiskAnalyticsAgent<SquarePricer> _agent;
    private readonly AgentRunner<RiskAnalyticsAgent<SquarePricer>, BackoffIdleStrategy> _runner;

    public RiskAnalyticsAgentTests()
    {
        var settings = new RiskAnalyticsSettings
        {
            Confidence = 0.99,
            MonteCarlo = new MonteCarloVarOptions { Scenarios = 4_000, Seed = 1 },
            HistoricalScenarios = TestMatrices.CorrelatedReturns(_covariance, 250, seed: 3),
        };
        _agent = new RiskAnalyticsAgent<SquarePricer>(_exchange, _board, _covariance, settings);
        _runner = new AgentRunner<RiskAnalyticsAgent<SquarePricer>, BackoffIdleStrategy>(_agent, BackoffIdleStrategy.Default, ex =>
        {
            lock (_errors)
            {
                _errors.Add(ex);
            }
        });
        _runner.Start();
    }

    public void Dispose() => _runner.Dispose();

    private void Publish(long sequence, double[] exposures, bool withOption = false, double level = 100.0)
    {
        var s = _exchange.ProducerBuffer;
        s.Reset(exposures.Length);
        for (int f = 0; f < exposures.Length; f++)
        {
            s.SetFactor(f, level, exposures[f], exposures[f]);
        }

        if (withOption)
        {
            s.AddOption(1, -100, new OptionTerms(OptionRight.Call, 100, 1, 0.2, 0, 0));
            s.ComputeSensitivities(new SquarePricer());
        }

        s.Sequence = sequence;
        _exchange.Publish();
    }

    private RiskReport Await(long sequence)
    {
        var report = _board.WaitForSequence(sequence, Timeout, TestContext.Current.CancellationToken);
        Assert.NotNull(report);
        return report;
    }

    [Fact]
    public void TheAgentThreadPublishesVarForTheSnapshotItWasHanded()
    {
        double[] w = [1e6, -4e5, 2e5];
        Publish(1, w);
        var report = Await(1);

        Assert.False(report.IsError, report.Error);
        var expected = ParametricVar.DeltaNormal(w, _covariance, 0.99);
        Assert.Equal(expected.ValueAtRisk, report.Parametric.ValueAtRisk, expected.ValueAtRisk * 1e-12);
        Assert.Equal(expected.ExpectedShortfall, report.Parametric.ExpectedShortfall, expected.ExpectedShortfall * 1e-12);
        Assert.Equal(expected.ValueAtRisk, report.ComponentVar.ToArray().Sum(), expected.ValueAtRisk * 1e-10);
        Assert.Equal(expected.ValueAtRisk, report.DeltaGamma.Var.ValueAtRisk, expected.ValueAtRisk * 1e-9);
        Assert.NotNull(report.MonteCarlo);
        Assert.Equal(expected.ValueAtRisk, report.MonteCarlo!.Value.ValueAtRisk, expected.ValueAtRisk * 0.1);
        Assert.Equal(250, report.Historical!.Value.Scenarios);
        Assert.True(report.ComputeNanoseconds > 0);
        Assert.Empty(_errors);
    }

    [Fact]
    public void ARefusedSnapshotYieldsAnErrorReportAndTheAgentCarriesOn()
    {
        Publish(1, [1e6, double.NaN, 0]);
        var bad = Await(1);
        Assert.True(bad.IsError);
        Assert.Contains("not finite", bad.Error, StringComparison.Ordinal);
        Assert.Null(_board.LatestGood);

        Publish(2, [1e6, 0, 0], withOption: true);
        var good = Await(2);
        Assert.False(good.IsError, good.Error);
        Assert.Same(good, _board.LatestGood);

        // The short option makes the book short gamma: Cornish–Fisher VaR above delta-normal.
        Assert.True(good.DeltaGamma.Skewness < 0);
        Assert.True(good.DeltaGamma.Var.ValueAtRisk > good.Parametric.ValueAtRisk);
        Assert.Empty(_errors);
    }

    [Fact]
    public void ANewCovarianceIsPickedUpBetweenSnapshots()
    {
        double[] w = [1e6, 0, 0];
        Publish(1, w);
        double before = Await(1).Parametric.ValueAtRisk;

        _agent.UpdateCovariance(_covariance * 4.0);
        Publish(2, w);
        double after = Await(2).Parametric.ValueAtRisk;
        Assert.Equal(2.0 * before, after, before * 1e-10);

        var indefinite = TestMatrices.Of(new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } });
        Assert.Throws<RiskInputException>(() => _agent.UpdateCovariance(indefinite));
    }

    [Fact]
    public void UnderAFastProducerTheLastSnapshotIsAlwaysReported()
    {
        for (long seq = 1; seq <= 200; seq++)
        {
            Publish(seq, [1e6 + seq, 0, 0]);
        }

        var report = Await(200);
        Assert.Equal(200, report.SnapshotSequence);
        Assert.Equal(ParametricVar.DeltaNormal([1e6 + 200, 0, 0], _covariance, 0.99).ValueAtRisk, report.Parametric.ValueAtRisk, 1e-3);
        Assert.True(_agent.Processed <= 200);
    }
}
