using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using static LowLatency.Quant.Tests.Exposure.BookFixture;

namespace LowLatency.Quant.Tests.Exposure;

public class MarginAndLiquidationTests
{
    private static readonly MarginScenario Scenario = MarginScenario.From(MarginParameters.Default);

    [Fact]
    public void LinearPositionsPayTheirKindsPercentageOfNotional()
    {
        PortfolioRiskBook book = new PortfolioRiskBookBuilder()
            .AddPosition(Linear(1, InstrumentKind.Spot, Btc), 2)
            .AddPosition(Linear(2, InstrumentKind.Perpetual, Btc), -3)
            .AddPosition(Linear(3, InstrumentKind.Future, Btc, multiplier: 0.1), 10)
            .Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 50_000, NowNs));
        // spot 10% of 100 000, perpetual 5% of 150 000, future 5% of 50 000.
        Assert.Equal(10_000 + 7_500 + 2_500, book.Account.InitialMargin, 6);
        Assert.Equal(5_000 + 3_750 + 1_250, book.Account.MaintenanceMargin, 6);
        Assert.Equal(300_000, book.Account.Notional, 6);
        Assert.Equal(0.5 * 50_000 * 0 + 50_000 * (2 - 3 + 1), book.Account.DeltaCurrency, 6);
    }

    [Fact]
    public void AShortOptionPaysItsWorstDeltaGammaVegaLossOrTheMinimum()
    {
        // Short 1 ATM call, S = 100: A = −Δ·S, B = −½Γ·S² < 0, so the worst price move is an end point.
        OptionGreeks g = OptionPricer.Greeks(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 100, 0.25, 0.5, 0);
        double a = -g.Delta * 100;
        double b = -0.5 * g.Gamma * 100 * 100;
        double expected = Math.Abs(a) * 0.15 - b * 0.15 * 0.15 + g.Vega * 0.10;
        Assert.Equal(expected, MarginModel.OptionInitialMargin(-1, g.Price, g.Delta, g.Gamma, g.Vega, 100, Scenario), 12);

        // A far out-of-the-money short put has almost no scenario loss: the 5% short-option minimum applies.
        OptionGreeks far = OptionPricer.Greeks(OptionRight.Put, PricingModel.BlackScholesMerton, 100, 20, 0.05, 0.3, 0);
        Assert.Equal(0.05 * 100 * 2, MarginModel.OptionInitialMargin(-2, far.Price, far.Delta, far.Gamma, far.Vega, 100, Scenario), 12);
    }

    [Fact]
    public void ALongOptionNeverPaysMoreThanItsPremium()
    {
        OptionGreeks g = OptionPricer.Greeks(OptionRight.Call, PricingModel.BlackScholesMerton, 100, 130, 0.1, 0.4, 0);
        double margin = MarginModel.OptionInitialMargin(3, g.Price, g.Delta, g.Gamma, g.Vega, 100, Scenario);
        Assert.True(margin <= 3 * g.Price + 1e-15);
        Assert.True(margin > 0);
    }

    [Fact]
    public void LongGammaUsesTheInteriorWorstCaseWhenItLiesInsideTheScan()
    {
        // A long straddle-like position: small delta, large positive gamma. The worst P&L is the vertex
        // −A²/(4B) at x* = −A/(2B), inside ±15%; check against a brute-force scan of the same quadratic.
        double qm = 1, delta = 0.05, gamma = 0.08, vega = 0, price = 1e9, s = 100;
        double a = qm * delta * s;
        double b = 0.5 * qm * gamma * s * s;
        double worst = 0;
        for (double x = -0.15; x <= 0.15; x += 1e-6)
        {
            worst = Math.Max(worst, -(a * x + b * x * x));
        }

        Assert.Equal(worst, MarginModel.OptionInitialMargin(qm, price, delta, gamma, vega, s, Scenario), 6);
    }

    [Fact]
    public void ALeveragedLongPerpetualIsLiquidatedWhereEquityMeetsMaintenance()
    {
        PortfolioRiskBook book = new PortfolioRiskBookBuilder().WithCash(1_000).AddPosition(Linear(10, InstrumentKind.Perpetual, Btc)).Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 10_000, NowNs));
        Assert.Equal(RiskInputError.None, book.ApplyFill(BtcPerp, 1, 10_000));
        Assert.Equal(1_000, book.Account.Equity, 9);
        Assert.Equal(10, book.Account.Leverage, 9);
        Assert.Equal(1_000 / 250.0, book.Account.MarginRatio, 9);

        // Excess 750 on a delta of 10 000 per 100%: 7.5% down, never up.
        LiquidationDistance d = book.UnderlyingLiquidation(Btc);
        Assert.Equal(0.075, d.DownFraction, 12);
        Assert.Equal(9_250, d.DownPrice, 9);
        Assert.True(double.IsPositiveInfinity(d.UpFraction));
        Assert.Equal(d, book.PositionLiquidation(BtcPerp));
        Assert.Equal(d.DownFraction, book.AccountLiquidation().DownFraction, 12);

        // At that price the equity equals the maintenance margin the distance was computed against.
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, d.DownPrice, NowNs + 1));
        Assert.Equal(250, book.Account.Equity, 9);
    }

    [Fact]
    public void AShortGammaBookHasALiquidationPointOnBothSidesThatMatchesItsDeltaGammaPnl()
    {
        PortfolioRiskBook book = new PortfolioRiskBookBuilder()
            .WithCash(2_000)
            .AddPosition(Option(100, Btc, OptionRight.Call, 100, 30), -20, 0.8)
            .AddPosition(Option(101, Btc, OptionRight.Put, 100, 30), -20, 0.8)
            .Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 100, NowNs));
        LiquidationDistance d = book.UnderlyingLiquidation(Btc);
        Assert.True(double.IsFinite(d.DownFraction) && double.IsFinite(d.UpFraction), d.ToString());
        ref readonly UnderlyingRisk u = ref book.Underlying(Btc);
        foreach (double x in new[] { -d.DownFraction, d.UpFraction })
        {
            double pnl = u.DeltaCurrency * x + 50 * u.DollarGamma * x * x;
            Assert.Equal(-book.Account.ExcessEquity, pnl, 6);
        }
    }

    [Fact]
    public void AnAccountAlreadyBelowMaintenanceIsZeroDistanceFromLiquidation()
    {
        PortfolioRiskBook book = new PortfolioRiskBookBuilder().WithCash(100).AddPosition(Linear(10, InstrumentKind.Perpetual, Btc)).Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 10_000, NowNs));
        Assert.Equal(RiskInputError.None, book.ApplyFill(BtcPerp, 1, 10_000));
        Assert.True(book.Account.MarginRatio < 1);
        Assert.Equal(0, book.UnderlyingLiquidation(Btc).NearestFraction);
    }

    [Fact]
    public void AFlatBookHasNoLeverageAndNoLiquidationPoint()
    {
        PortfolioRiskBook book = new PortfolioRiskBookBuilder().WithCash(100).AddPosition(Linear(10, InstrumentKind.Perpetual, Btc)).Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 10_000, NowNs));
        Assert.Equal(0, book.Account.Leverage);
        Assert.True(double.IsPositiveInfinity(book.Account.MarginRatio));
        Assert.True(double.IsPositiveInfinity(book.AccountLiquidation().NearestFraction));
    }

    [Fact]
    public void PerUnderlyingMarginParametersOverrideTheDefault()
    {
        PortfolioRiskBook book = new PortfolioRiskBookBuilder()
            .WithMargin(Eth, new MarginParameters { SpotInitialRate = 0.5, SpotMaintenanceRate = 0.25 })
            .AddPosition(Linear(11, InstrumentKind.Spot, Eth), 1)
            .AddPosition(Linear(1, InstrumentKind.Spot, Btc), 1)
            .Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Eth, 1_000, NowNs));
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 1_000, NowNs));
        Assert.Equal(500, book.Underlying(Eth).InitialMargin, 9);
        Assert.Equal(100, book.Underlying(Btc).InitialMargin, 9);
    }
}
