using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.VaR;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class KupiecTestTests
{
    [Theory]
    // Jorion, "Value at Risk" (3rd ed.), Table 6-2 — Kupiec non-rejection regions at the 95 % test level:
    // p = 1 %: T = 255 → N < 7, T = 510 → 1 < N < 11, T = 1000 → 4 < N < 17;
    // p = 5 %: T = 255 → 6 < N < 21, T = 510 → 16 < N < 36, T = 1000 → 37 < N < 65.
    // The table leaves the lower bound open at T = 255, p = 1 %, but the statistic itself rejects N = 0
    // there (LR = −2·255·ln 0.99 = 5.13 > 3.84), so the region the formula gives starts at 1.
    [InlineData(0.99, 255, 1, 6)]
    [InlineData(0.99, 510, 2, 10)]
    [InlineData(0.99, 1000, 5, 16)]
    [InlineData(0.95, 255, 7, 20)]
    [InlineData(0.95, 510, 17, 35)]
    [InlineData(0.95, 1000, 38, 64)]
    public void NonRejectionRegionsMatchJorionsTable(double varConfidence, int days, int low, int high)
    {
        Assert.Equal((low, high), KupiecTest.NonRejectionRegion(days, varConfidence));
    }

    [Fact]
    public void TheLikelihoodRatioFollowsKupiecsFormula()
    {
        // T = 250, x = 8 at 99 %: LR = −2ln(0.99^242·0.01^8) + 2ln((242/250)^242·(8/250)^8).
        double expected = -2 * (242 * Math.Log(0.99) + 8 * Math.Log(0.01)) + 2 * (242 * Math.Log(242.0 / 250) + 8 * Math.Log(8.0 / 250));
        var result = KupiecTest.ProportionOfFailures(250, 8, 0.99);
        Assert.Equal(expected, result.LikelihoodRatio, 10);
        Assert.Equal(2.5, result.ExpectedExceptions, 12);
        Assert.True(result.RejectModel);
        Assert.True(result.PValue < 0.05);

        // Zero exceptions: LR = −2·T·ln(1 − p).
        Assert.Equal(-2 * 250 * Math.Log(0.99), KupiecTest.ProportionOfFailures(250, 0, 0.99).LikelihoodRatio, 10);
    }

    [Fact]
    public void BacktestCountsLossesBeyondTheReportedVar()
    {
        double[] pnl = [-5, -12, 3, -10, -10.5, 8];
        double[] var = [10, 10, 10, 10, 10, 10];
        var result = KupiecTest.Backtest(pnl, var, 0.99);
        Assert.Equal(2, result.Exceptions);
        Assert.Equal(6, result.Observations);
    }

    [Fact]
    public void BadBacktestInputsAreRefused()
    {
        Assert.Contains("exceptions", Assert.Throws<RiskInputException>(() => KupiecTest.ProportionOfFailures(10, 11, 0.99)).Message, StringComparison.Ordinal);
        Assert.Contains("pnl", Assert.Throws<RiskInputException>(() => KupiecTest.Backtest([1, 2], [1], 0.99)).Message, StringComparison.Ordinal);
        Assert.Contains("valueAtRisk[0]", Assert.Throws<RiskInputException>(() => KupiecTest.Backtest([1], [double.NaN], 0.99)).Message, StringComparison.Ordinal);
        Assert.Contains("varConfidence", Assert.Throws<RiskInputException>(() => KupiecTest.ProportionOfFailures(10, 1, 1.0)).Message, StringComparison.Ordinal);
    }
}
