using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Impact;

namespace LowLatency.Quant.Tests.Analytics.Impact;

public class AlmgrenChrissTests
{
    // The paper's example (§4): sell 10⁶ shares at $50 over 5 days in daily steps; 30 % annual volatility
    // ⇒ σ = 0.95 $/share/√day; ε = 1/16, η = 2.5e-6, γ = 2.5e-7.
    private static AlmgrenChrissParameters Paper(double lambda) =>
        new(Shares: 1e6, Horizon: 5, Intervals: 5, Volatility: 0.95, PermanentImpact: 2.5e-7, TemporaryImpact: 2.5e-6, FixedCost: 0.0625, RiskAversion: lambda);

    [Fact]
    public void TheLinearScheduleHasThePapersClosedFormMeanAndVariance()
    {
        var p = Paper(1e-6);
        var linear = AlmgrenChriss.Linear(p);

        // E = ½γX² + εX + η̃X²/T; V = ⅓σ²X²T(1 − 1/N)(1 − 1/(2N)).
        double etaTilde = 2.5e-6 - 0.5 * 2.5e-7 * 1;
        Assert.Equal(0.5 * 2.5e-7 * 1e12 + 0.0625 * 1e6 + etaTilde * 1e12 / 5, linear.ExpectedCost, 3);
        Assert.Equal(1.0 / 3 * 0.9025 * 1e12 * 5 * (1 - 1.0 / 5) * (1 - 1.0 / 10), linear.Variance, 0);
    }

    [Fact]
    public void UrgencyMatchesThePapersExampleAndTheTrajectoryIsTheSinhProfile()
    {
        var optimal = AlmgrenChriss.Optimal(Paper(1e-6));

        // κ̃² = λσ²/η̃ = 1e-6·0.9025/2.375e-6 = 0.38; cosh κ = 1 + 0.19 ⇒ κ ≈ 0.6 per day.
        Assert.Equal(Math.Acosh(1.19), optimal.Kappa, 12);
        Assert.Equal(0.6, optimal.Kappa, 0.01);
        for (int k = 0; k <= 5; k++)
        {
            Assert.Equal(1e6 * Math.Sinh(optimal.Kappa * (5 - k)) / Math.Sinh(optimal.Kappa * 5), optimal.Holdings[k], 6);
        }

        Assert.Equal(1e6, optimal.Trades.ToArray().Sum(), 6);
    }

    [Fact]
    public void TheOptimalScheduleBeatsTwapAndEveryNearbyScheduleOnMeanPlusLambdaVariance()
    {
        var p = Paper(1e-6);
        var optimal = AlmgrenChriss.Optimal(p);
        Assert.True(optimal.Utility < AlmgrenChriss.Linear(p).Utility);
        Assert.True(optimal.Holdings[1] < 0.8e6, "a risk-averse seller front-loads");

        for (int k = 1; k < 5; k++)
        {
            foreach (double bump in new[] { -2_000.0, 2_000.0 })
            {
                var x = optimal.Holdings.ToArray();
                x[k] += bump;
                Assert.True(AlmgrenChriss.Evaluate(p, x).Utility > optimal.Utility, $"moving x[{k}] by {bump} improved the objective");
            }
        }
    }

    [Fact]
    public void ARiskNeutralSellerTradesLinearlyAndAVeryRiskAverseOneAtOnce()
    {
        var neutral = AlmgrenChriss.Optimal(Paper(0));
        Assert.Equal(0.0, neutral.Kappa);
        for (int k = 0; k <= 5; k++)
        {
            Assert.Equal(1e6 * (1 - k / 5.0), neutral.Holdings[k], 6);
        }

        // κT in the hundreds would overflow a naive sinh ratio.
        var urgent = AlmgrenChriss.Optimal(Paper(1e3) with { Intervals = 50 });
        Assert.True(double.IsFinite(urgent.ExpectedCost));
        Assert.True(urgent.Holdings[1] < 1.0, "nearly everything goes in the first interval");
    }

    [Fact]
    public void InconsistentParametersAreRefused()
    {
        // η̃ = η − ½γτ ≤ 0 when the permanent impact dominates a long step.
        var ex = Assert.Throws<RiskInputException>(() => AlmgrenChriss.Optimal(Paper(1e-6) with { PermanentImpact = 1e-5 }));
        Assert.Contains("η − ½γτ", ex.Message, StringComparison.Ordinal);
        Assert.Throws<RiskInputException>(() => AlmgrenChriss.Optimal(Paper(-1)));
        Assert.Contains("ends at 0", Assert.Throws<RiskInputException>(() => AlmgrenChriss.Evaluate(Paper(0), [1e6, 5e5, 3e5, 2e5, 1e5, 1])).Message, StringComparison.Ordinal);
    }
}
