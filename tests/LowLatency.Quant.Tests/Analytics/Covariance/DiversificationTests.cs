using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Covariance;

namespace LowLatency.Quant.Tests.Analytics.Covariance;

public class DiversificationTests
{
    [Fact]
    public void TwoEqualIndependentBetsHaveRatioRootTwoAndTwoEffectiveBets()
    {
        var cov = TestMatrices.Of(new double[,] { { 0.04, 0 }, { 0, 0.04 } });
        double[] w = [100, 100];
        Assert.Equal(Math.Sqrt(2), Diversification.Ratio(w, cov), 12);
        Assert.Equal(2.0, Diversification.EffectiveNumberOfBets(w, cov), 10);
        Assert.Equal(0.5, Diversification.Herfindahl(w), 15);
        Assert.Equal(2.0, Diversification.EffectiveNumberOfPositions(w), 15);
        Assert.Equal(0.5, Diversification.RiskConcentration(w, cov), 12);
    }

    [Fact]
    public void PerfectlyCorrelatedFactorsAreOneBetWithNoDiversification()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.1, 0.2, 0.3], 1.0);
        double[] w = [1, 2, 3];
        Assert.Equal(1.0, Diversification.Ratio(w, cov), 10);
        Assert.Equal(1.0, Diversification.EffectiveNumberOfBets(w, cov), 6);
    }

    [Fact]
    public void RiskSharesSumToOneAndAHedgeHasANegativeShare()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.02, 0.03, 0.025], 0.6);
        double[] w = [1000, 500, -300];
        var shares = new double[3];
        Diversification.RiskContributionShares(w, cov, shares);
        Assert.Equal(1.0, shares.Sum(), 12);
        Assert.True(shares[2] < 0);

        // w_i·(Σw)_i / wᵀΣw by hand for factor 0.
        double sw0 = cov[0, 0] * 1000 + cov[0, 1] * 500 + cov[0, 2] * -300;
        double variance = 0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                variance += w[i] * cov[i, j] * w[j];
        Assert.Equal(1000 * sw0 / variance, shares[0], 12);
    }

    [Fact]
    public void ANonPositiveSemiDefiniteCovarianceIsRefused()
    {
        var bad = TestMatrices.Of(new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } });
        var ex = Assert.Throws<RiskInputException>(() => Diversification.Ratio([1, 1, 1], bad));
        Assert.Contains("not positive semi-definite", ex.Message, StringComparison.Ordinal);
        Assert.Contains("dimensions must match", Assert.Throws<RiskInputException>(() => Diversification.Ratio([1, 1], bad)).Message, StringComparison.Ordinal);
    }
}
