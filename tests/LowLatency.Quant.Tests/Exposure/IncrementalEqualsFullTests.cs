using LowLatency.Core.Ids;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using static LowLatency.Quant.Tests.Exposure.BookFixture;

namespace LowLatency.Quant.Tests.Exposure;

// Property: after any sequence of ticks, fills, volatility changes and funding, the incrementally maintained
// figures equal a full recompute — both RecomputeAll on the same book and a fresh book built from the final
// state and ticked once per underlying.
public class IncrementalEqualsFullTests
{
    private static readonly InstrumentId[] Underlyings = [Btc, Eth, BtcFuture];

    [Theory]
    [InlineData(1, 64)]
    [InlineData(2, 64)]
    [InlineData(3, 1)]
    [InlineData(4, 1_000_000)]
    [InlineData(5, 1_000_000)]
    [InlineData(6, 7)]
    public void IncrementalUpdatesEqualAFullRecomputeAfterARandomSequence(int seed, int resyncInterval)
    {
        PortfolioRiskBookBuilder builder = Builder(seed).WithResyncInterval(resyncInterval);
        PortfolioRiskBook book = builder.Build();
        var rnd = new Random(seed);
        double[] price = [70_000, 3_000, 71_000];
        long[] time = [NowNs, NowNs, NowNs];
        var instruments = new InstrumentId[book.PositionCount];
        for (int i = 0; i < book.PositionCount; i++)
        {
            instruments[i] = book.GetPosition(i).Instrument;
        }

        for (int step = 0; step < 1_500; step++)
        {
            int op = rnd.Next(10);
            if (op < 6)
            {
                int u = rnd.Next(3);
                price[u] *= Math.Exp((rnd.NextDouble() - 0.5) * 0.02);
                time[u] += rnd.NextInt64(0, 5_000_000_000);
                Assert.Equal(RiskInputError.None, book.OnTick(Underlyings[u], price[u], time[u]));
            }
            else if (op < 8)
            {
                InstrumentId inst = instruments[rnd.Next(instruments.Length)];
                double qty = Math.Round((rnd.NextDouble() - 0.5) * 10, 2);
                Assert.Equal(RiskInputError.None, book.ApplyFill(inst, qty, 1 + rnd.NextDouble() * 100));
            }
            else if (op < 9)
            {
                InstrumentId inst = instruments[rnd.Next(instruments.Length)];
                RiskInputError e = book.SetVolatility(inst, 0.2 + rnd.NextDouble());
                Assert.True(e is RiskInputError.None or RiskInputError.NotApplicable);
            }
            else
            {
                RiskInputError e = book.ApplyFunding(BtcPerp, (rnd.NextDouble() - 0.5) * 1e-3);
                Assert.True(e is RiskInputError.None or RiskInputError.NoPrice);
            }
        }

        // 1. Totals against the exact sum over underlyings of the incrementally kept per-underlying figures.
        AccountRisk incremental = book.Account;
        AssertAccountClose(SumOverUnderlyings(book), incremental, 1e-12);

        // 2. A fresh book from the final state, ticked once per underlying at the same price and time.
        var fresh = new PortfolioRiskBookBuilder().WithCash(book.Account.Cash);
        for (int i = 0; i < book.PositionCount; i++)
        {
            PositionRisk p = book.GetPosition(i);
            fresh.AddPosition(Positions(seed).Find(x => x.Instrument.Id == p.Instrument).Instrument, p.Quantity, p.Volatility, p.Rate, p.DividendYield);
        }

        PortfolioRiskBook full = fresh.Build();
        for (int u = 0; u < 3; u++)
        {
            Assert.Equal(RiskInputError.None, full.OnTick(Underlyings[u], price[u], time[u]));
        }

        for (int g = 0; g < book.UnderlyingCount; g++)
        {
            Assert.Equal(full.UnderlyingAt(g), book.UnderlyingAt(g)); // per-underlying: bit for bit
        }

        AssertAccountClose(full.Account, incremental, 1e-12);

        // 3. RecomputeAll on the same book changes nothing beyond rounding.
        book.RecomputeAll();
        AssertAccountClose(book.Account, incremental, 1e-12);
    }

    private static AccountRisk SumOverUnderlyings(PortfolioRiskBook book)
    {
        AccountRisk a = default;
        a.Cash = book.Account.Cash;
        for (int g = 0; g < book.UnderlyingCount; g++)
        {
            UnderlyingRisk r = book.UnderlyingAt(g);
            a.MarketValue += r.MarketValue;
            a.DeltaCurrency += r.DeltaCurrency;
            a.DollarGamma += r.DollarGamma;
            a.Vega += r.Vega;
            a.Theta += r.Theta;
            a.Rho += r.Rho;
            a.GrossExposure += r.GrossExposure;
            a.Notional += r.Notional;
            a.InitialMargin += r.InitialMargin;
            a.MaintenanceMargin += r.MaintenanceMargin;
        }

        return a;
    }

    private static void AssertAccountClose(AccountRisk expected, AccountRisk actual, double relative)
    {
        double scale = Math.Abs(expected.Notional) + Math.Abs(expected.Cash) + 1;
        (string, double, double)[] fields =
        [
            ("cash", expected.Cash, actual.Cash), ("market value", expected.MarketValue, actual.MarketValue),
            ("delta", expected.DeltaCurrency, actual.DeltaCurrency), ("dollar gamma", expected.DollarGamma, actual.DollarGamma),
            ("vega", expected.Vega, actual.Vega), ("theta", expected.Theta, actual.Theta), ("rho", expected.Rho, actual.Rho),
            ("gross", expected.GrossExposure, actual.GrossExposure), ("notional", expected.Notional, actual.Notional),
            ("initial margin", expected.InitialMargin, actual.InitialMargin), ("maintenance", expected.MaintenanceMargin, actual.MaintenanceMargin),
        ];
        foreach ((string name, double e, double a) in fields)
        {
            Assert.True(Math.Abs(e - a) <= relative * scale, $"{name}: full {e} incremental {a} (diff {e - a:E2}, scale {scale:E2})");
        }
    }
}
