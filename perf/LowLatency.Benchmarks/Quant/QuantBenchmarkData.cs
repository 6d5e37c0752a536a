using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;

namespace LowLatency.Benchmarks.Quant;

/// <summary>Deterministic option batches and books shared by the Quant benchmarks.</summary>
internal static class QuantBenchmarkData
{
    public static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    public static readonly long NowNs = YearFraction.ToUnixNanoseconds(Now);

    /// <summary>Struct-of-arrays inputs for n options around S = 100 (mixed calls/puts, BSM and Black-76).</summary>
    public static double[][] OptionInputs(int n, int seed = 42)
    {
        var rnd = new Random(seed);
        var a = new double[8][];
        for (int j = 0; j < 8; j++)
        {
            a[j] = new double[n];
        }

        for (int i = 0; i < n; i++)
        {
            a[0][i] = 100;
            a[1][i] = 60 + rnd.NextDouble() * 80;
            a[2][i] = 1.0 / 365 + rnd.NextDouble() * 2;
            a[3][i] = 0.1 + rnd.NextDouble();
            a[4][i] = 0.03;
            a[5][i] = 0.01;
            a[6][i] = i % 2 == 0 ? 1 : -1;
            a[7][i] = i % 3 == 0 ? 1 : 0;
        }

        return a;
    }

    /// <summary>
    /// A book with <paramref name="underlyings"/> underlyings (ids 1..), each with one perpetual and
    /// <paramref name="optionsPerUnderlying"/> options, every underlying ticked once; <paramref name="timeResolution"/>
    /// is the book's time cache resolution (default: exact).
    /// </summary>
    public static PortfolioRiskBook Book(int underlyings, int optionsPerUnderlying, TimeSpan timeResolution = default)
    {
        var rnd = new Random(7);
        var b = new PortfolioRiskBookBuilder().WithCash(10_000_000).WithTimeResolution(timeResolution);
        int id = 1_000;
        for (int u = 1; u <= underlyings; u++)
        {
            var underlying = new InstrumentId(u);
            b.AddPosition(Instrument(id++, InstrumentKind.Perpetual, underlying, 0, 0, OptionRight.Call), -5);
            for (int i = 0; i < optionsPerUnderlying; i++)
            {
                b.AddPosition(
                    Instrument(id++, InstrumentKind.Option, underlying, 80 + 40 * rnd.NextDouble(), 1 + rnd.Next(180), i % 2 == 0 ? OptionRight.Call : OptionRight.Put),
                    quantity: Math.Round((rnd.NextDouble() - 0.5) * 20, 1),
                    volatility: 0.3 + 0.5 * rnd.NextDouble(),
                    rate: 0.04);
            }
        }

        PortfolioRiskBook book = b.Build();
        for (int u = 1; u <= underlyings; u++)
        {
            book.OnTick(new InstrumentId(u), 100, NowNs);
        }

        return book;
    }

    private static Instrument Instrument(int id, InstrumentKind kind, InstrumentId underlying, double strike, int days, OptionRight right) => new()
    {
        Id = new InstrumentId(id),
        Symbol = "B" + id,
        Kind = kind,
        Underlying = underlying,
        TickSize = new Price(1, 2),
        LotSize = new Quantity(1, 1),
        Strike = strike,
        Expiry = kind == InstrumentKind.Option ? Now.AddDays(days) : null,
        Right = right,
    };
}
