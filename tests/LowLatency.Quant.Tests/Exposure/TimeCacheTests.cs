using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using LowLatency.Testing;
using static LowLatency.Quant.Tests.Exposure.BookFixture;

namespace LowLatency.Quant.Tests.Exposure;

/// <summary>The book's time handling: factored discounting, the one-exponential densities, and the time cache.</summary>
public class TimeCacheTests
{
    private const long Millisecond = 1_000_000;

    private static void Close(double expected, double actual, string what, double relative) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1.0, Math.Abs(expected)), $"{what}: expected {expected}, got {actual}");

    private static Instrument OptionAt(int id, InstrumentId underlying, OptionRight right, double strike, DateTime expiry, bool onFuture = false) =>
        Option(id, underlying, right, strike, 1, onFuture) with { Expiry = expiry };

    /// <summary>
    /// Extreme but valid inputs on one underlying: rates and yields at ±1, volatility up to 10, expiries from
    /// expired to 100 years, strikes 1e-4..1e4 times spot, BSM and Black-76, calls and puts.
    /// </summary>
    private static PortfolioRiskBookBuilder ExtremeBuilder(double rate, double yield, Func<int, double>? rateOf = null)
    {
        var b = new PortfolioRiskBookBuilder();
        double[] vols = [0.0, 0.05, 0.8, 3.0, 10.0];
        double[] days = [-1, 0.0001, 0.5, 30, 365 * 5, 365 * 100 - 1];
        double[] strikes = [0.01, 60, 100, 140, 1e6];
        int id = 100;
        foreach (double vol in vols)
        {
            foreach (double d in days)
            {
                foreach (double k in strikes)
                {
                    bool future = (id & 1) == 0;
                    b.AddPosition(
                        OptionAt(id, Btc, (id & 2) == 0 ? OptionRight.Call : OptionRight.Put, k, Now.AddDays(d), future),
                        quantity: 1, volatility: vol, rate: rateOf?.Invoke(id) ?? rate, dividendYield: yield);
                    id++;
                }
            }
        }

        return b;
    }

    [Theory]
    [InlineData(0.04, 0.0)]
    [InlineData(1.0, -1.0)]
    [InlineData(-1.0, 1.0)]
    public void FactoredDiscountingAndTheSharedDensityMatchTheScalarPricerOnExtremeInputs(double rate, double yield)
    {
        foreach (int bits in (ReadOnlySpan<int>)[256, 512])
        {
            PortfolioRiskBook book = ExtremeBuilder(rate, yield).Build(bits);
            Assert.True(book.UsesFactoredDiscounting(Btc));
            Assert.Equal(RiskInputError.None, book.OnTick(Btc, 100, NowNs));
            for (int i = 0; i < book.PositionCount; i++)
            {
                PositionRisk p = book.GetPosition(i);
                OptionGreeks g = OptionPricer.Greeks(p.Right, p.Model, 100, p.Strike, p.TimeToExpiryYears, p.Volatility, p.Rate, p.DividendYield);
                string what = $"{bits} bits, K={p.Strike}, T={p.TimeToExpiryYears}, vol={p.Volatility}, {p.Model} {p.Right}";

                // Relative to the largest figure of the option: the kernels differ from the scalar pricer by ulps of
                // the terms, not of a result that cancels to near zero.
                double scale = Math.Max(Math.Max(g.Price, p.Strike), 100);
                Close(g.Price, p.UnitPrice, what + " price", 1e-12 * scale);
                Close(g.Delta, p.UnitDelta, what + " delta", 1e-12);
                Close(g.Gamma, p.UnitGamma, what + " gamma", 1e-12);
                Close(g.Vega, p.UnitVega, what + " vega", 1e-12 * scale);
                Close(g.Theta, p.UnitTheta, what + " theta", 1e-12 * scale);
                Close(g.Rho, p.UnitRho, what + " rho", 1e-12 * scale * 100);
                Assert.True(double.IsFinite(p.UnitPrice) && double.IsFinite(p.UnitGamma) && double.IsFinite(p.UnitTheta), what);
            }
        }
    }

    [Fact]
    public void FactoredAndDirectDiscountingAgreeToAFewUlps()
    {
        PortfolioRiskBook factored = ExtremeBuilder(0.7, -0.3).Build();
        // One option at a slightly different rate makes the range non-uniform: the direct path for all of them.
        PortfolioRiskBook direct = ExtremeBuilder(0.7, -0.3, id => id == 100 ? 0.7000001 : 0.7).Build();
        Assert.True(factored.UsesFactoredDiscounting(Btc));
        Assert.False(direct.UsesFactoredDiscounting(Btc));
        foreach (long ns in (ReadOnlySpan<long>)[NowNs, NowNs + 86_400_000_000_000L * 400])
        {
            Assert.Equal(RiskInputError.None, factored.OnTick(Btc, 100, ns));
            Assert.Equal(RiskInputError.None, direct.OnTick(Btc, 100, ns));
            for (int i = 1; i < factored.PositionCount; i++)
            {
                PositionRisk f = factored.GetPosition(i);
                PositionRisk d = direct.GetPosition(i);
                if (f.TimeToExpiryYears == 0)
                {
                    Assert.Equal(d.UnitPrice, f.UnitPrice); // expired: discount factors exactly 1 on both paths
                }

                double scale = Math.Max(Math.Max(d.UnitPrice, f.Strike), 100);
                Close(d.UnitPrice, f.UnitPrice, $"price K={f.Strike} T={f.TimeToExpiryYears}", 1e-14 * scale);
                Close(d.UnitDelta, f.UnitDelta, $"delta K={f.Strike} T={f.TimeToExpiryYears}", 1e-14);
            }
        }
    }

    [Fact]
    public void ACachedBookValuesAtTheLastRefreshUntilTheResolutionHasPassed()
    {
        PortfolioRiskBook cached = Builder().WithTimeResolution(TimeSpan.FromMilliseconds(1)).Build();
        PortfolioRiskBook exact = Builder().Build();
        Assert.Equal(Millisecond, cached.TimeResolutionNanoseconds);
        Assert.Equal(0, exact.TimeResolutionNanoseconds);
        TickAll(cached, NowNs);

        // Half a millisecond later: the new spot, but T still at NowNs, bit for bit.
        TickAll(cached, NowNs + Millisecond / 2, btc: 70_500);
        TickAll(exact, NowNs, btc: 70_500);
        AssertSameValuation(exact, cached);

        // A full resolution after the refresh: refreshed, equal to the exact book at that time.
        TickAll(cached, NowNs + Millisecond, btc: 70_400);
        TickAll(exact, NowNs + Millisecond, btc: 70_400);
        AssertSameValuation(exact, cached);
    }

    [Fact]
    public void AnExactBookReusesItsTimeTermsForTicksWithTheSameTimestampOnly()
    {
        PortfolioRiskBook burst = Builder().Build();
        PortfolioRiskBook fresh = Builder().Build();
        TickAll(burst, NowNs, btc: 69_000);
        TickAll(burst, NowNs, btc: 70_500); // same timestamp: time terms reused
        TickAll(fresh, NowNs, btc: 70_500);
        AssertSameValuation(fresh, burst);

        TickAll(burst, NowNs + Millisecond, btc: 70_400); // later: refreshed
        PortfolioRiskBook later = Builder().Build();
        TickAll(later, NowNs + Millisecond, btc: 70_400);
        AssertSameValuation(later, burst);
    }

    [Fact]
    public void ACachedBookStaysWithinThetaTimesTheResolutionOfTheExactBook()
    {
        PortfolioRiskBook cached = Builder().WithTimeResolution(TimeSpan.FromMilliseconds(1)).Build();
        PortfolioRiskBook exact = Builder().Build();
        var rnd = new Random(3);
        long ns = NowNs;
        TickAll(cached, ns);
        TickAll(exact, ns);
        long lastRefresh = ns;
        double worst = 0;
        for (int k = 0; k < 200; k++)
        {
            ns += rnd.Next(1, 300_000);
            double btc = 70_000 + rnd.Next(-500, 500);
            TickAll(cached, ns, btc);
            TickAll(exact, ns, btc);
            if (ns - lastRefresh >= Millisecond)
            {
                lastRefresh = ns;
            }

            // T is E − now in years since 1970, whose ulp (7e-15 years, 0.2 µs) is added for each of the two times.
            double nowYears = YearFraction.FromUnixNanoseconds(ns);
            double staleYears = (ns - lastRefresh) / YearFraction.NanosecondsPerYear + 2 * (Math.BitIncrement(nowYears) - nowYears);
            for (int i = 0; i < exact.PositionCount; i++)
            {
                PositionRisk e = exact.GetPosition(i);
                PositionRisk c = cached.GetPosition(i);
                double bound = Math.Abs(e.UnitTheta) * staleYears * 1.001 + 1e-12 * Math.Max(1, e.UnitPrice);
                Assert.True(Math.Abs(e.UnitPrice - c.UnitPrice) <= bound, $"position {i}: {e.UnitPrice} vs {c.UnitPrice}, bound {bound}");
                worst = Math.Max(worst, Math.Abs(e.UnitPrice - c.UnitPrice));
            }
        }

        Assert.True(worst > 0, "the cache was never stale: the test did not exercise it");
    }

    [Fact]
    public void CrossingAnExpiryRefreshesTheCacheAtOnce()
    {
        DateTime expiry = Now.AddTicks(3_000); // 300 µs after the first tick
        PortfolioRiskBook book = new PortfolioRiskBookBuilder()
            .WithTimeResolution(TimeSpan.FromSeconds(10))
            .AddPosition(OptionAt(100, Btc, OptionRight.Call, 60_000, expiry), quantity: 1, volatility: 0.5, rate: 0.04)
            .AddPosition(OptionAt(101, Btc, OptionRight.Put, 60_000, Now.AddDays(7)), quantity: 1, volatility: 0.5, rate: 0.04)
            .Build();
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 70_000, NowNs));
        Assert.True(book.GetPosition(0).TimeToExpiryYears > 0);
        Assert.Equal(RiskInputError.None, book.OnTick(Btc, 70_000, NowNs + Millisecond / 2));
        PositionRisk expired = book.GetPosition(0);
        Assert.Equal(0.0, expired.TimeToExpiryYears);
        Assert.Equal(10_000.0, expired.UnitPrice, 9);
        Assert.Equal(1.0, expired.UnitDelta);
        Assert.Equal(0.0, expired.UnitGamma);
        Assert.Equal(7 / 365.0 - Millisecond / 2 / YearFraction.NanosecondsPerYear, book.GetPosition(1).TimeToExpiryYears, 12); // refreshed too
    }

    [Fact]
    public void AVolatilityChangeRefreshesTheCache()
    {
        PortfolioRiskBook cached = Builder().WithTimeResolution(TimeSpan.FromSeconds(10)).Build();
        PortfolioRiskBook exact = Builder().Build();
        TickAll(cached, NowNs);
        TickAll(exact, NowNs);
        var option = new InstrumentId(100);
        Assert.Equal(RiskInputError.None, cached.SetVolatility(option, 0.9));
        Assert.Equal(RiskInputError.None, exact.SetVolatility(option, 0.9));
        Assert.Equal(RiskInputError.None, cached.SetRates(option, 0.05, 0.0));
        Assert.Equal(RiskInputError.None, exact.SetRates(option, 0.05, 0.0));
        Assert.False(cached.UsesFactoredDiscounting(Btc)); // one option's rate now differs
        AssertSameValuation(exact, cached);
    }

    [Fact]
    public void ACachedTickAllocatesNothing()
    {
        PortfolioRiskBook book = Builder().WithTimeResolution(TimeSpan.FromMilliseconds(1)).Build();
        long ns = NowNs;
        long bytes = Allocations.Measure(() => book.OnTick(Btc, 70_000 + (ns & 7), ns += 100_000), iterations: 2_000, warmup: 200);
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void BuilderRefusesANegativeOrTooLongTimeResolution()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PortfolioRiskBookBuilder().WithTimeResolution(TimeSpan.FromTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PortfolioRiskBookBuilder().WithTimeResolution(TimeSpan.FromMinutes(2)));
    }

    private static void AssertSameValuation(PortfolioRiskBook expected, PortfolioRiskBook actual)
    {
        for (int i = 0; i < expected.PositionCount; i++)
        {
            PositionRisk e = expected.GetPosition(i);
            PositionRisk a = actual.GetPosition(i);
            Assert.Equal(e.UnitPrice, a.UnitPrice);
            Assert.Equal(e.UnitDelta, a.UnitDelta);
            Assert.Equal(e.UnitGamma, a.UnitGamma);
            Assert.Equal(e.UnitVega, a.UnitVega);
            Assert.Equal(e.UnitTheta, a.UnitTheta);
            Assert.Equal(e.UnitRho, a.UnitRho);
            Assert.Equal(e.TimeToExpiryYears, a.TimeToExpiryYears);
        }
    }
}
