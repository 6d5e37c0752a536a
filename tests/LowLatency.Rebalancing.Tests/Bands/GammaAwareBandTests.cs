using LowLatency.Rebalancing.Bands;

namespace LowLatency.Rebalancing.Tests.Bands;

public class GammaAwareBandTests
{
    private const double Lambda = 2e-4;
    private const double S = 60_000;
    private const double Gamma = -1.5e-3;
    private const double RiskAversion = 1e-4;

    [Fact]
    public void HalfWidthIsTheWhalleyWilmottCubeRoot()
    {
        double expected = Math.Pow(3.0 * Lambda * S * Gamma * Gamma / (2.0 * RiskAversion), 1.0 / 3.0);
        Assert.Equal(expected, GammaAwareBand.HalfWidth(Lambda, S, Gamma, RiskAversion), 12);
    }

    [Theory]
    [InlineData(8.0, 2.0)]
    [InlineData(27.0, 3.0)]
    [InlineData(0.125, 0.5)]
    public void HalfWidthScalesWithTheCubeRootOfTheCost(double costFactor, double widthFactor)
    {
        double h = GammaAwareBand.HalfWidth(Lambda, S, Gamma, RiskAversion);
        Assert.Equal(widthFactor, GammaAwareBand.HalfWidth(Lambda * costFactor, S, Gamma, RiskAversion) / h, 12);
    }

    [Fact]
    public void HalfWidthGrowsAsGammaToTheTwoThirdsAndShrinksAsRiskAversionToTheMinusOneThird()
    {
        double h = GammaAwareBand.HalfWidth(Lambda, S, Gamma, RiskAversion);
        Assert.Equal(4.0, GammaAwareBand.HalfWidth(Lambda, S, Gamma * 8, RiskAversion) / h, 12);
        Assert.Equal(0.5, GammaAwareBand.HalfWidth(Lambda, S, Gamma, RiskAversion * 8) / h, 12);
        Assert.Equal(GammaAwareBand.HalfWidth(Lambda, S, -Gamma, RiskAversion), h, 15);
    }

    [Fact]
    public void TheFormulaMinimisesCostRatePlusRiskChargeOfTheReflectedHedgeError()
    {
        // f(H) = λS·Γ²σ²S²/(2H) + γσ²S²H²/6 (see the class remarks); the formula's H must be its minimiser.
        const double Sigma = 0.6;
        double F(double h) => Lambda * S * Gamma * Gamma * Sigma * Sigma * S * S / (2 * h) + RiskAversion * Sigma * Sigma * S * S * h * h / 6;
        double best = double.NaN, bestValue = double.PositiveInfinity;
        for (double h = 0.01; h < 5; h += 0.0001)
        {
            if (F(h) < bestValue)
            {
                (best, bestValue) = (h, F(h));
            }
        }

        Assert.Equal(best, GammaAwareBand.HalfWidth(Lambda, S, Gamma, RiskAversion), 3);
    }

    [Fact]
    public void ALinearBookHasNoBandAndTheClampSuppliesTheFloorAndCap()
    {
        Assert.Equal(0.0, GammaAwareBand.HalfWidth(Lambda, S, 0, RiskAversion));
        Assert.Equal(0.05, GammaAwareBand.Clamped(Lambda, S, 0, RiskAversion, 0.05, 10));
        Assert.Equal(0.3, GammaAwareBand.Clamped(Lambda, S, Gamma * 100, RiskAversion, 0.05, 0.3));
        Assert.Equal(0.0, GammaAwareBand.HalfWidth(double.NaN, S, Gamma, RiskAversion));
    }
}
