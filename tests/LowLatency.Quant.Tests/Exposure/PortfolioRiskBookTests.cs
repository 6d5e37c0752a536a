using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using static LowLatency.Quant.Tests.Exposure.BookFixture;

namespace LowLatency.Quant.Tests.Exposure;

public class PortfolioRiskBookTests
{
    private static void Close(double expected, double actual, string what, double relative = 1e-12) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1.0, Math.Abs(expected)), $"{what}: expected {expected}, got {actual}");

    [Fact]
    public void PerUnderlyingFiguresMatchAnIndependentScalarValuation()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        double nowYears = YearFraction.FromUnixNanoseconds(NowNs);
        for (int g = 0; g < book.UnderlyingCount; g++)
        {
            ref readonly UnderlyingRisk u = ref book.UnderlyingAt(g);
            double s = u.Price;
            double delta = 0, gamma = 0, vega = 0, theta = 0, rho = 0, gross = 0, notional = 0, value = 0, im = 0, mm = 0;
            var p = MarginScenario.From(MarginParameters.Default);
            for (int i = 0; i < book.PositionCount; i++)
            {
                PositionRisk pos = book.GetPosition(i);
                if (pos.Underlying != u.Underlying)
                {
                    continue;
                }

                double qm = pos.Quantity * pos.Multiplier;
                if (pos.Kind == InstrumentKind.Option)
                {
                    double t = Math.Max(pos.TimeToExpiryYears, 0);
                    OptionGreeks og = OptionPricer.Greeks(pos.Right, pos.Model, s, pos.Strike, t, pos.Volatility, pos.Rate, pos.DividendYield);
                    delta += qm * og.Delta;
                    gamma += qm * og.Gamma;
                    vega += qm * og.Vega;
                    theta += qm * og.Theta;
                    rho += qm * og.Rho;
                    gross += Math.Abs(qm * og.Delta) * s;
                    value += qm * og.Price;
                    double optionIm = MarginModel.OptionInitialMargin(qm, og.Price, og.Delta, og.Gamma, og.Vega, s, p);
                    im += optionIm;
                    mm += optionIm * p.OptionMaintenanceFraction;
                }
                else
                {
                    (double imRate, double mmRate) = pos.Kind switch
                    {
                        InstrumentKind.Spot => (0.10, 0.05),
                        _ => (0.05, 0.025),
                    };
                    delta += qm;
                    gross += Math.Abs(qm) * s;
                    value += qm * s;
                    im += imRate * Math.Abs(qm) * s;
                    mm += mmRate * Math.Abs(qm) * s;
                }

                notional += Math.Abs(qm) * s;
            }

            Close(delta, u.DeltaUnits, "delta units");
            Close(delta * s, u.DeltaCurrency, "delta currency");
            Close(gamma, u.Gamma, "gamma");
            Close(gamma * s * s / 100, u.DollarGamma, "dollar gamma");
            Close(vega, u.Vega, "vega");
            Close(theta, u.Theta, "theta");
            Close(rho, u.Rho, "rho");
            Close(gross, u.GrossExposure, "gross");
            Close(notional, u.Notional, "notional");
            Close(value, u.MarketValue, "market value");
            Close(im, u.InitialMargin, "initial margin");
            Close(mm, u.MaintenanceMargin, "maintenance margin");
        }

        // The position's own view: pricing inputs reprice to the stored unit price (what VaR relies on).
        for (int i = 0; i < book.PositionCount; i++)
        {
            PositionRisk pos = book.GetPosition(i);
            if (pos.IsOption)
            {
                Close(OptionPricer.Price(pos.Right, pos.Model, pos.UnderlyingPrice, pos.Strike, pos.TimeToExpiryYears, pos.Volatility, pos.Rate, pos.DividendYield), pos.UnitPrice, "unit price");
            }
        }

        Assert.True(nowYears > 56);
    }

    [Fact]
    public void AccountTotalsAreTheSumsOverUnderlyingsAndDeriveLeverageAndMarginRatio()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        double mv = 0, gross = 0, mm = 0, delta = 0;
        for (int g = 0; g < book.UnderlyingCount; g++)
        {
            mv += book.UnderlyingAt(g).MarketValue;
            gross += book.UnderlyingAt(g).GrossExposure;
            mm += book.UnderlyingAt(g).MaintenanceMargin;
            delta += book.UnderlyingAt(g).DeltaCurrency;
        }

        ref readonly AccountRisk a = ref book.Account;
        Close(mv, a.MarketValue, "market value");
        Close(1_000_000 + mv, a.Equity, "equity");
        Close(gross / a.Equity, a.Leverage, "leverage");
        Close(a.Equity / mm, a.MarginRatio, "margin ratio");
        Close(delta, a.NetExposure, "net exposure");
    }

    [Fact]
    public void ATickTouchesOnlyItsOwnUnderlying()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        UnderlyingRisk ethBefore = book.Underlying(Eth);
        UnderlyingRisk futureBefore = book.Underlying(BtcFuture);
        UnderlyingRisk btcBefore = book.Underlying(Btc);
        var ethPositions = new List<PositionRisk>();
        for (int i = 0; i < book.PositionCount; i++)
        {
            if (book.GetPosition(i).Underlying == Eth)
            {
                ethPositions.Add(book.GetPosition(i));
            }
        }

        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 71_500, NowNs + 1_000_000));
        Assert.Equal(ethBefore, book.Underlying(Eth));
        Assert.Equal(futureBefore, book.Underlying(BtcFuture));
        Assert.NotEqual(btcBefore.DeltaCurrency, book.Underlying(Btc).DeltaCurrency);
        int k = 0;
        for (int i = 0; i < book.PositionCount; i++)
        {
            if (book.GetPosition(i).Underlying == Eth)
            {
                Assert.Equal(ethPositions[k++], book.GetPosition(i));
            }
        }
    }

    [Fact]
    public void AnUnderlyingContributesNothingBeforeItsFirstTick()
    {
        PortfolioRiskBook book = Builder().Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Eth, 3_000, NowNs));
        Assert.False(book.Underlying(Btc).HasPrice);
        Assert.Equal(0, book.Underlying(Btc).DeltaUnits);
        Close(book.Underlying(Eth).MarketValue, book.Account.MarketValue, "only ETH counted");
    }

    [Fact]
    public void AFillMovesQuantityAndCashAndReaggregatesWithoutRepricing()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        double equityBefore = book.Account.Equity;
        double deltaBefore = book.Underlying(Btc).DeltaUnits;
        Assert.Equal(RiskInputError.None, book.ApplyFill(BtcPerp, 2, 70_010));
        Assert.Equal(-1, book.QuantityOf(BtcPerp));
        Close(deltaBefore + 2, book.Underlying(Btc).DeltaUnits, "delta after buying 2 perps");
        // Bought 2 at 70 010, marked at 70 000: equity drops by the 20 paid over the mark.
        Close(equityBefore - 20, book.Account.Equity, "equity after fill");
    }

    [Fact]
    public void AnOptionFillAddsItsGreeksAtTheStoredValuation()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        Assert.True(book.TryGetPositionIndex(new Core.Ids.InstrumentId(100), out int i));
        PositionRisk before = book.GetPosition(i);
        double vegaBefore = book.Underlying(Btc).Vega;
        Assert.Equal(RiskInputError.None, book.ApplyFill(new Core.Ids.InstrumentId(100), -4, before.UnitPrice));
        Close(vegaBefore - 4 * before.UnitVega, book.Underlying(Btc).Vega, "vega after selling 4");
    }

    [Fact]
    public void PerpetualFundingChargesLongsWhenTheRateIsPositive()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        double cash = book.Account.Cash;
        Assert.Equal(RiskInputError.None, book.ApplyFunding(BtcPerp, 0.0001));
        // Short 3 perps at 70 000: a positive rate pays the short 3·70 000·0.0001 = 21.
        Close(cash + 21, book.Account.Cash, "cash after funding");
        Assert.Equal(RiskInputError.NotApplicable, book.ApplyFunding(EthSpot, 0.0001));
    }

    [Fact]
    public void ChangingAVolatilityRevaluesThatOptionsUnderlying()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        var option = new Core.Ids.InstrumentId(101);
        book.TryGetPositionIndex(option, out int i);
        PositionRisk before = book.GetPosition(i);
        Assert.Equal(RiskInputError.None, book.SetVolatility(option, before.Volatility + 0.1));
        PositionRisk after = book.GetPosition(i);
        Assert.True(after.UnitPrice > before.UnitPrice);
        Close(OptionPricer.Price(after.Right, after.Model, after.UnderlyingPrice, after.Strike, after.TimeToExpiryYears, before.Volatility + 0.1, after.Rate, after.DividendYield), after.UnitPrice, "repriced");
        Assert.Equal(RiskInputError.None, book.SetRates(option, 0.05, 0.01));
        Assert.Equal(RiskInputError.NotApplicable, book.SetVolatility(BtcPerp, 0.3));
    }

    [Fact]
    public void AnExpiredOptionIsValuedAtIntrinsicWithFiniteGreeks()
    {
        PortfolioRiskBook book = Builder().Build();
        long afterEveryExpiry = YearFraction.ToUnixNanoseconds(Now.AddDays(400));
        TickAll(book, afterEveryExpiry, btc: 65_000);
        for (int i = 0; i < book.PositionCount; i++)
        {
            PositionRisk p = book.GetPosition(i);
            if (p.IsOption && p.Underlying == Btc)
            {
                double intrinsic = Math.Max((p.Right == OptionRight.Call ? 1 : -1) * (65_000 - p.Strike), 0);
                Assert.Equal(intrinsic, p.UnitPrice, 6);
                Assert.Equal(0, p.TimeToExpiryYears);
                Assert.True(double.IsFinite(p.UnitDelta) && double.IsFinite(p.UnitTheta) && p.UnitGamma == 0);
            }
        }

        Assert.True(double.IsFinite(book.Account.Equity));
    }

    [Fact]
    public void CopyPositionsFillsASnapshotWithEveryPosition()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        var snapshot = new PositionRisk[book.PositionCount + 5];
        Assert.Equal(book.PositionCount, book.CopyPositions(snapshot));
        double value = 0;
        for (int i = 0; i < book.PositionCount; i++)
        {
            value += snapshot[i].MarketValue;
        }

        Close(book.Account.MarketValue, value, "snapshot market value", 1e-10);
    }

    [Fact]
    public void The256And512BitBooksAgree()
    {
        PortfolioRiskBook wide = Builder().Build(512);
        PortfolioRiskBook narrow = Builder().Build(256);
        TickAll(wide, NowNs);
        TickAll(narrow, NowNs);
        Close(narrow.Account.DeltaCurrency, wide.Account.DeltaCurrency, "delta");
        Close(narrow.Account.InitialMargin, wide.Account.InitialMargin, "margin");
        Close(narrow.Account.Vega, wide.Account.Vega, "vega");
    }

    [Fact]
    public void BuilderRefusesBadReferenceDataAtStartUp()
    {
        Assert.Throws<ArgumentException>(() => new PortfolioRiskBookBuilder().AddPosition(Option(1, Btc, OptionRight.Call, -5, 30)));
        Assert.Throws<ArgumentException>(() => new PortfolioRiskBookBuilder().AddPosition(Option(1, Btc, OptionRight.Call, 5, 30), volatility: double.NaN));
        Assert.Throws<ArgumentException>(() => new PortfolioRiskBookBuilder().AddPosition(Option(1, Btc, OptionRight.Call, 5, 30) with { Expiry = null }));
        Assert.Throws<ArgumentException>(() => new PortfolioRiskBookBuilder().AddPosition(Linear(7, InstrumentKind.Spot, Btc)).AddPosition(Linear(7, InstrumentKind.Spot, Btc)));
        Assert.Throws<ArgumentException>(() => new PortfolioRiskBookBuilder().AddPosition(Linear(7, InstrumentKind.Spot, Btc), quantity: double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => new PortfolioRiskBookBuilder().WithDefaultMargin(new MarginParameters { SpotMaintenanceRate = 0.5, SpotInitialRate = 0.1 }));
    }
}
