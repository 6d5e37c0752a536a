using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Performance;

namespace LowLatency.Quant.Tests.Analytics.Performance;

public class RiskAdjustedReturnsTests
{
    // Five monthly returns. Mean 0.024; squared deviations sum to 0.04252 (sample variance 0.01063).
    private static readonly double[] Monthly = [0.10, -0.05, 0.02, -0.10, 0.15];
    private static readonly double[] Benchmark = [0.05, 0.0, 0.01, -0.05, 0.10];

    [Fact]
    public void SharpeIsMeanExcessOverSampleDeviationAnnualisedExplicitly()
    {
        Assert.Equal(0.024 / Math.Sqrt(0.04252 / 4) * Math.Sqrt(12), RiskAdjustedReturns.Sharpe(Monthly, 12), 12);
        Assert.Equal((0.024 - 0.002) / Math.Sqrt(0.04252 / 4) * Math.Sqrt(12), RiskAdjustedReturns.Sharpe(Monthly, 12, riskFreePerPeriod: 0.002), 12);
        Assert.Equal(0.024 / Math.Sqrt(0.04252 / 4) * Math.Sqrt(252), RiskAdjustedReturns.Sharpe(Monthly, 252), 12);
    }

    [Fact]
    public void SortinoDividesByTheDownsideDeviationOverAllPeriods()
    {
        // Below-zero returns −5 % and −10 %: √((0.0025 + 0.01)/5) = 0.05.
        Assert.Equal(0.024 / 0.05 * Math.Sqrt(12), RiskAdjustedReturns.Sortino(Monthly, 12), 12);
        Assert.Equal(double.PositiveInfinity, RiskAdjustedReturns.Sortino([0.01, 0.02, 0.03], 12));
    }

    [Fact]
    public void MaxDrawdownFollowsTheCompoundedWealthCurve()
    {
        // Wealth 1, 1.1, 1.045, 1.0659, 0.95931, 1.1032065: peak 1.1 (index 1), trough 0.95931 (index 4),
        // back above 1.1 at index 5.
        var dd = RiskAdjustedReturns.MaxDrawdown(Monthly);
        Assert.Equal(1 - 0.95931 / 1.1, dd.MaxDrawdown, 12);
        Assert.Equal(1, dd.PeakIndex);
        Assert.Equal(4, dd.TroughIndex);
        Assert.Equal(5, dd.RecoveryIndex);
        Assert.True(dd.Recovered);

        var open = RiskAdjustedReturns.MaxDrawdownOfEquity([100, 120, 90, 110]);
        Assert.Equal(0.25, open.MaxDrawdown, 15);
        Assert.False(open.Recovered);
        Assert.Equal(0.0, RiskAdjustedReturns.MaxDrawdownOfEquity([1, 2, 3]).MaxDrawdown);
    }

    [Fact]
    public void CalmarIsTheCompoundAnnualReturnOverTheMaxDrawdown()
    {
        double cagr = Math.Pow(1.1032065, 12.0 / 5) - 1;
        Assert.Equal(cagr, RiskAdjustedReturns.AnnualisedReturn(Monthly, 12), 12);
        Assert.Equal(cagr / (1 - 0.95931 / 1.1), RiskAdjustedReturns.Calmar(Monthly, 12), 10);
    }

    [Fact]
    public void InformationRatioIsMeanActiveReturnOverTrackingError()
    {
        // Active returns 5, −5, 1, −5, 5 %: mean 0.2 %, squared deviations sum 0.01008.
        Assert.Equal(0.002 / Math.Sqrt(0.01008 / 4) * Math.Sqrt(12), RiskAdjustedReturns.InformationRatio(Monthly, Benchmark, 12), 12);
    }

    [Fact]
    public void UndefinedRatiosAndBadSeriesAreRefusedWithAClearMessage()
    {
        Assert.Contains("zero variance", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.Sharpe([0.01, 0.01, 0.01], 252)).Message, StringComparison.Ordinal);
        Assert.Contains("periodsPerYear", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.Sharpe(Monthly, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("returns[2]", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.Sortino([0.01, 0.02, double.NaN], 252)).Message, StringComparison.Ordinal);
        Assert.Contains("tracking error", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.InformationRatio(Monthly, Monthly, 12)).Message, StringComparison.Ordinal);
        Assert.Contains("never drew down", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.Calmar([0.01, 0.02], 12)).Message, StringComparison.Ordinal);
        Assert.Contains("100 %", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.AnnualisedReturn([0.1, -1.0], 12)).Message, StringComparison.Ordinal);
        Assert.Contains("benchmark", Assert.Throws<RiskInputException>(() => RiskAdjustedReturns.InformationRatio(Monthly, [0.1], 12)).Message, StringComparison.Ordinal);
    }
}
