using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;
using LowLatency.Quant.Greeks;
using MathNet.Numerics.Distributions;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class BlackScholesRevaluationTests
{
    [Fact]
    public void TheAdapterReproducesHullsWorkedPricesForSpotAndFuturesOptions()
    {
        var pricer = new BlackScholesPricer();

        // Hull, OFOD (Black–Scholes–Merton example): S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5, no dividend
        // (carry b = r): call 4.76, put 0.81.
        var call = new OptionTerms(OptionRight.Call, 40, 0.5, 0.2, 0.1, CostOfCarry: 0.1);
        Assert.Equal(4.76, pricer.Price(call, 42), 2);
        Assert.Equal(0.81, pricer.Price(call with { Right = OptionRight.Put }, 42), 2);

        // Hull (Black's model example): F = 20, K = 20, r = 9 %, σ = 25 %, T = 4 months: put 1.12 (carry b = 0).
        var futuresPut = new OptionTerms(OptionRight.Put, 20, 4.0 / 12, 0.25, 0.09, CostOfCarry: 0.0);
        Assert.Equal(1.12, pricer.Price(futuresPut, 20), 2);
        Assert.Equal(OptionPricer.Price(OptionRight.Put, PricingModel.Black76, 20, 20, 4.0 / 12, 0.25, 0.09), pricer.Price(futuresPut, 20), 14);
    }

    [Fact]
    public void BatchPricingAgreesWithTheScalarClosedFormAcrossChunks()
    {
        var pricer = new BlackScholesPricer();
        var terms = new OptionTerms(OptionRight.Put, 100, 0.75, 0.35, 0.04, 0.01);
        var spots = Enumerable.Range(0, 300).Select(i => 60.0 + 0.25 * i).ToArray();
        var prices = new double[300];
        pricer.PriceMany(terms, spots, prices);
        for (int i = 0; i < spots.Length; i++)
        {
            double scalar = pricer.Price(terms, spots[i]);
            Assert.Equal(scalar, prices[i], Math.Max(Math.Abs(scalar), 1.0) * 1e-12);
        }
    }

    [Fact]
    public void MonteCarloVarOfALongCallIsTheCallRepricedAtTheReturnQuantile()
    {
        // A long call's P&L rises with the underlying, so its α-quantile is the P&L at the α-quantile of r:
        // VaR = C(S, T) − C(S·(1 + z_α·σ), T − h).
        const double sigma = 0.02, horizon = 1.0 / 252;
        var terms = new OptionTerms(OptionRight.Call, 105, 0.25, 0.3, 0.03, 0.03);
        var snapshot = new RiskSnapshot(1, 1);
        snapshot.Reset(1);
        snapshot.SetFactor(0, 100, 0, 0);
        snapshot.AddOption(0, 1_000, terms);
        var pricer = new BlackScholesPricer();
        double expected = 1_000 * (pricer.Price(terms, 100) - pricer.Price(terms.Aged(horizon), 100 * (1 + Normal.InvCDF(0, 1, 0.01) * sigma)));

        var engine = new MonteCarloVarEngine(TestMatrices.Of(new double[,] { { sigma * sigma } }), new MonteCarloVarOptions { Scenarios = 100_000, Seed = 21, HorizonYears = horizon });
        var mc = engine.Compute(snapshot, 0.99, pricer);
        Assert.Equal(expected, mc.ValueAtRisk, expected * 0.02);
    }

    [Fact]
    public void BumpedSensitivitiesMatchTheAnalyticGreeks()
    {
        var terms = new OptionTerms(OptionRight.Put, 95, 0.5, 0.25, 0.02, 0.0);
        var snapshot = new RiskSnapshot(1, 1);
        snapshot.Reset(1);
        snapshot.SetFactor(0, 100, 5_000, 0);
        snapshot.AddOption(0, -300, terms);
        snapshot.ComputeSensitivities(new BlackScholesPricer());
        var g = OptionPricer.Greeks(OptionRight.Put, PricingModel.BlackScholesMerton, 100, 95, 0.5, 0.25, 0.02, 0.02);

        // Per unit simple return: δ = linear + q·Δ·S, γ = q·Γ·S² (central differences with a 0.1 % bump: O(h²) error).
        Assert.Equal(5_000 + -300 * g.Delta * 100, snapshot.DeltaExposures[0], 15_470 * 1e-5);
        Assert.Equal(-300 * g.Gamma * 100 * 100, snapshot.GammaExposures[0], Math.Abs(-300 * g.Gamma * 1e4) * 1e-5);
    }
}
