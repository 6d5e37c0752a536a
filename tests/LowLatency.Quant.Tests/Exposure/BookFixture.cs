using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;

namespace LowLatency.Quant.Tests.Exposure;

/// <summary>Reference data and a representative book: two spot underlyings and one future with its own options.</summary>
internal static class BookFixture
{
    public static readonly InstrumentId Btc = new(1);
    public static readonly InstrumentId Eth = new(2);
    public static readonly InstrumentId BtcFuture = new(3);
    public static readonly InstrumentId BtcPerp = new(10);
    public static readonly InstrumentId EthSpot = new(11);
    public static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    public static readonly long NowNs = YearFraction.ToUnixNanoseconds(Now);

    public static Instrument Linear(int id, InstrumentKind kind, InstrumentId underlying, double multiplier = 1) => new()
    {
        Id = new InstrumentId(id),
        Symbol = $"L{id}",
        Kind = kind,
        Underlying = underlying,
        TickSize = new Price(1, 2),
        LotSize = new Quantity(1, 3),
        Multiplier = multiplier,
        Expiry = kind == InstrumentKind.Future ? Now.AddDays(90) : null,
    };

    public static Instrument Option(int id, InstrumentId underlying, OptionRight right, double strike, double days, bool onFuture = false, double multiplier = 1) => new()
    {
        Id = new InstrumentId(id),
        Symbol = $"O{id}",
        Kind = InstrumentKind.Option,
        Underlying = underlying,
        TickSize = new Price(1, 2),
        LotSize = new Quantity(1, 1),
        Multiplier = multiplier,
        Strike = strike,
        Expiry = Now.AddDays(days),
        Right = right,
        OnFuture = onFuture,
    };

    /// <summary>
    /// BTC: perp, 37 options (odd count so the SIMD tails run); ETH: spot and 6 options; BTC future: the future
    /// itself and 9 Black-76 options. Quantities mixed long/short.
    /// </summary>
    public static PortfolioRiskBookBuilder Builder(int seed = 1)
    {
        var b = new PortfolioRiskBookBuilder().WithCash(1_000_000);
        foreach (var p in Positions(seed))
        {
            b.AddPosition(p.Instrument, p.Quantity, p.Volatility, p.Rate, p.DividendYield);
        }

        return b;
    }

    public static List<(Instrument Instrument, double Quantity, double Volatility, double Rate, double DividendYield)> Positions(int seed)
    {
        var rnd = new Random(seed);
        var list = new List<(Instrument, double, double, double, double)>
        {
            (Linear(10, InstrumentKind.Perpetual, Btc), -3, 0, 0, 0),
            (Linear(11, InstrumentKind.Spot, Eth), 40, 0, 0, 0),
            (Linear(12, InstrumentKind.Future, BtcFuture, multiplier: 0.1), 25, 0, 0, 0),
        };
        int id = 100;
        for (int i = 0; i < 37; i++)
        {
            list.Add((
                Option(id++, Btc, i % 2 == 0 ? OptionRight.Call : OptionRight.Put, 60_000 + 2_000 * (i % 19), 1 + 9 * (i % 7)),
                Math.Round((rnd.NextDouble() - 0.5) * 20, 1), 0.4 + 0.3 * rnd.NextDouble(), 0.04, 0.0));
        }

        for (int i = 0; i < 6; i++)
        {
            list.Add((Option(id++, Eth, i % 2 == 0 ? OptionRight.Put : OptionRight.Call, 2_800 + 200 * i, 30), -5 + 2 * i, 0.6, 0.04, 0.01));
        }

        for (int i = 0; i < 9; i++)
        {
            list.Add((Option(id++, BtcFuture, i % 3 == 0 ? OptionRight.Put : OptionRight.Call, 66_000 + 1_000 * i, 60, onFuture: true, multiplier: 0.1), 10 - 3 * i, 0.5, 0.04, 0));
        }

        return list;
    }

    public static void TickAll(PortfolioRiskBook book, long ns, double btc = 70_000, double eth = 3_000, double future = 71_000)
    {
        Assert.Equal(LowLatency.Quant.Greeks.RiskInputError.None, book.OnTick(Btc, btc, ns));
        Assert.Equal(LowLatency.Quant.Greeks.RiskInputError.None, book.OnTick(Eth, eth, ns));
        Assert.Equal(LowLatency.Quant.Greeks.RiskInputError.None, book.OnTick(BtcFuture, future, ns));
    }
}
