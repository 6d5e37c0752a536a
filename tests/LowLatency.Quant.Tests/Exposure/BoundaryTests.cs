using LowLatency.Core.Ids;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using LowLatency.Testing;
using static LowLatency.Quant.Tests.Exposure.BookFixture;

namespace LowLatency.Quant.Tests.Exposure;

public class BoundaryTests
{
    private static void AssertUnchanged(PortfolioRiskBook book, Func<PortfolioRiskBook, RiskInputError> act, RiskInputError expected)
    {
        AccountRisk account = book.Account;
        var underlyings = new UnderlyingRisk[book.UnderlyingCount];
        var positions = new PositionRisk[book.PositionCount];
        for (int g = 0; g < underlyings.Length; g++)
        {
            underlyings[g] = book.UnderlyingAt(g);
        }

        book.CopyPositions(positions);
        long rejected = book.RejectedInputs;
        Assert.Equal(expected, act(book));
        Assert.Equal(account, book.Account);
        for (int g = 0; g < underlyings.Length; g++)
        {
            Assert.Equal(underlyings[g], book.UnderlyingAt(g));
        }

        var after = new PositionRisk[book.PositionCount];
        book.CopyPositions(after);
        Assert.Equal(positions, after);
        Assert.Equal(rejected + 1, book.RejectedInputs);
    }

    public static TheoryData<string, RiskInputError> BadInputs() => new()
    {
        { "tick NaN", RiskInputError.NotFinite },
        { "tick +inf", RiskInputError.NotFinite },
        { "tick negative", RiskInputError.NonPositivePrice },
        { "tick zero", RiskInputError.NonPositivePrice },
        { "tick huge", RiskInputError.PriceOutOfRange },
        { "tick unknown underlying", RiskInputError.UnknownUnderlying },
        { "tick backwards in time", RiskInputError.TimeWentBackwards },
        { "fill NaN quantity", RiskInputError.QuantityOutOfRange },
        { "fill NaN price", RiskInputError.NotFinite },
        { "fill negative price", RiskInputError.NonPositivePrice },
        { "fill unknown instrument", RiskInputError.UnknownInstrument },
        { "fill beyond quantity limit", RiskInputError.QuantityOutOfRange },
        { "negative volatility", RiskInputError.NegativeVolatility },
        { "NaN volatility", RiskInputError.NotFinite },
        { "volatility on a perpetual", RiskInputError.NotApplicable },
        { "rate NaN", RiskInputError.NotFinite },
        { "rate out of range", RiskInputError.RateOutOfRange },
        { "funding on spot", RiskInputError.NotApplicable },
        { "funding NaN", RiskInputError.NotFinite },
        { "cash NaN", RiskInputError.NotFinite },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputIsRefusedWithAReasonAndChangesNothing(string what, RiskInputError expected)
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        var option = new InstrumentId(100);
        Func<PortfolioRiskBook, RiskInputError> act = what switch
        {
            "tick NaN" => b => b.OnTick(Btc, double.NaN, NowNs + 1),
            "tick +inf" => b => b.OnTick(Btc, double.PositiveInfinity, NowNs + 1),
            "tick negative" => b => b.OnTick(Btc, -70_000, NowNs + 1),
            "tick zero" => b => b.OnTick(Btc, 0, NowNs + 1),
            "tick huge" => b => b.OnTick(Btc, 1e15, NowNs + 1),
            "tick unknown underlying" => b => b.OnTick(new InstrumentId(999), 1, NowNs + 1),
            "tick backwards in time" => b => b.OnTick(Btc, 70_001, NowNs - 1),
            "fill NaN quantity" => b => b.ApplyFill(BtcPerp, double.NaN, 70_000),
            "fill NaN price" => b => b.ApplyFill(BtcPerp, 1, double.NaN),
            "fill negative price" => b => b.ApplyFill(BtcPerp, 1, -1),
            "fill unknown instrument" => b => b.ApplyFill(new InstrumentId(999), 1, 1),
            "fill beyond quantity limit" => b => b.ApplyFill(BtcPerp, 9e11, 1), // after a first 9e11 below
            "negative volatility" => b => b.SetVolatility(option, -0.2),
            "NaN volatility" => b => b.SetVolatility(option, double.NaN),
            "volatility on a perpetual" => b => b.SetVolatility(BtcPerp, 0.2),
            "rate NaN" => b => b.SetRates(option, double.NaN, 0),
            "rate out of range" => b => b.SetRates(option, 0.01, 3),
            "funding on spot" => b => b.ApplyFunding(EthSpot, 0.001),
            "funding NaN" => b => b.ApplyFunding(BtcPerp, double.NaN),
            "cash NaN" => b => b.AdjustCash(double.NaN),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        if (what == "fill beyond quantity limit")
        {
            // The first fill is accepted (within the limit); the second, under test, would cross it.
            Assert.Equal(RiskInputError.None, book.ApplyFill(BtcPerp, 9e11, 1));
        }

        AssertUnchanged(book, act, expected);
    }

    [Fact]
    public void FundingBeforeTheFirstTickIsRefusedForLackOfAPrice()
    {
        PortfolioRiskBook book = Builder().Build();
        Assert.Equal(RiskInputError.NoPrice, book.ApplyFunding(BtcPerp, 0.0001));
    }

    [Fact]
    public void ATickAllocatesNothingAfterWarmUp()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        long ns = NowNs;
        double price = 70_000;
        long bytes = Allocations.Measure(
            () =>
            {
                ns += 1_000_000;
                price += 0.5;
                book.OnTick(Btc, price, ns);
                book.OnTick(BtcFuture, price + 1_000, ns);
            },
            iterations: 2_000,
            warmup: 2_000);
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void FillsFundingAndReadsAllocateNothingAfterWarmUp()
    {
        PortfolioRiskBook book = Builder().Build();
        TickAll(book, NowNs);
        var snapshot = new PositionRisk[book.PositionCount];
        double sink = 0;
        long bytes = Allocations.Measure(
            () =>
            {
                book.ApplyFill(BtcPerp, 0.01, 70_000);
                book.ApplyFill(new InstrumentId(100), -0.1, 500);
                book.ApplyFunding(BtcPerp, 1e-5);
                book.OnTick(Btc, double.NaN, NowNs); // a refusal allocates nothing either
                sink += book.Account.Leverage + book.Underlying(Btc).DeltaUnits + book.UnderlyingLiquidation(Btc).NearestFraction;
                sink += book.AccountLiquidation().DownFraction + book.PositionLiquidation(BtcPerp).UpFraction;
                book.CopyPositions(snapshot);
            },
            iterations: 1_000,
            warmup: 1_000);
        Assert.Equal(0, bytes);
        Assert.False(double.IsNaN(sink));
    }
}
