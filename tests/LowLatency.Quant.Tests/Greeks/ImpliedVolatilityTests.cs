using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Tests.Greeks;

public class ImpliedVolatilityTests
{
    [Fact]
    public void PricingThenSolvingReturnsTheOriginalVolatilityAcrossAGrid()
    {
        int solved = 0;
        foreach (var (s, k, t, vol, r, q) in OptionGrid.Cases())
        {
            foreach (PricingModel model in new[] { PricingModel.BlackScholesMerton, PricingModel.Black76 })
            {
                foreach (OptionRight right in new[] { OptionRight.Call, OptionRight.Put })
                {
                    OptionGreeks g = OptionPricer.Greeks(right, model, s, k, t, vol, r, q);
                    ImpliedVolatilityStatus status = ImpliedVolatility.Solve(right, model, s, k, t, r, q, g.Price, out double implied);
                    // Where the time value is below the price tolerance the volatility is not identifiable.
                    double intrinsic = Math.Max((right == OptionRight.Call ? 1 : -1) * (s * Math.Exp(((model == PricingModel.Black76 ? 0 : r - q) - r) * t) - k * Math.Exp(-r * t)), 0);
                    if (g.Price - intrinsic < 1e-9 * (s + k))
                    {
                        Assert.Equal(ImpliedVolatilityStatus.Converged, status);
                        continue;
                    }

                    Assert.Equal(ImpliedVolatilityStatus.Converged, status);
                    // The price is matched to 1e-13 of the scale; the vol error is that divided by vega.
                    double allowed = Math.Max(1e-9 * vol, 2e-13 * (s + k) / g.Vega);
                    Assert.True(Math.Abs(implied - vol) <= allowed, $"{right} {model} S={s} K={k} T={t}: σ={vol} solved {implied}");
                    solved++;
                }
            }
        }

        Assert.True(solved > 400, $"only {solved} identifiable cases");
    }

    [Fact]
    public void APriceBelowIntrinsicFailsClearly()
    {
        // Call with S = 120, K = 100, r = q = 0, T = 1: intrinsic 20.
        Assert.Equal(ImpliedVolatilityStatus.BelowIntrinsic, ImpliedVolatility.Solve(OptionRight.Call, PricingModel.BlackScholesMerton, 120, 100, 1, 0, 0, 19.5, out double vol));
        Assert.True(double.IsNaN(vol));
    }

    [Fact]
    public void APriceAtIntrinsicGivesZeroVolatility()
    {
        Assert.Equal(ImpliedVolatilityStatus.Converged, ImpliedVolatility.Solve(OptionRight.Put, PricingModel.BlackScholesMerton, 80, 100, 1, 0, 0, 20, out double vol));
        Assert.Equal(0, vol);
    }

    [Fact]
    public void APriceAtOrAboveTheUpperBoundHasNoVolatility()
    {
        Assert.Equal(ImpliedVolatilityStatus.AboveUpperBound, ImpliedVolatility.Solve(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 100, 1, 0.05, 0, 100, out _));
    }

    [Fact]
    public void AtExpiryOnlyIntrinsicIsReachable()
    {
        Assert.Equal(ImpliedVolatilityStatus.NoTimeValue, ImpliedVolatility.Solve(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 100, 0, 0.05, 0, 1, out _));
    }

    [Fact]
    public void AVolatilityAboveTheLimitIsReportedNotReturned()
    {
        double price = OptionPricer.Price(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 100, 1, 9.99, 0, 0);
        Assert.Equal(ImpliedVolatilityStatus.Converged, ImpliedVolatility.Solve(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 100, 1, 0, 0, price, out double vol));
        Assert.Equal(9.99, vol, 6);
        double tooHigh = 0.5 * (price + 100); // below the upper bound 100, above V(σ = 10)
        Assert.Equal(ImpliedVolatilityStatus.VolatilityOutOfRange, ImpliedVolatility.Solve(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 100, 1, 0, 0, tooHigh, out _));
    }

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(100.0, double.NaN)]
    [InlineData(100.0, -1.0)]
    [InlineData(-100.0, 1.0)]
    public void InvalidInputsAreRefused(double spot, double price)
    {
        Assert.Equal(ImpliedVolatilityStatus.InvalidInput, ImpliedVolatility.Solve(OptionRight.Call, PricingModel.BlackScholesMerton, spot, 100, 1, 0, 0, price, out _));
    }
}
