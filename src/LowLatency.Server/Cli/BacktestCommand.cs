using System.Globalization;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Server.Config;
using LowLatency.Server.Config.Portfolio;

namespace LowLatency.Server.Cli;

/// <summary>
/// <c>backtest</c>: the portfolio's policies over simulated paths (geometric Brownian motion per underlying at its
/// configured daily volatility, the first two correlated at 0.7, one step a minute by default) through the
/// Rebalancing <see cref="BacktestRunner"/>; prints its report.
/// </summary>
public static class BacktestCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(context);
        ConfigSource source = a.Get("--portfolio") is { } p ? ConfigSource.FromFile(p) : DefaultConfigs.Portfolio;
        PortfolioConfig portfolio = PortfolioConfigLoader.Parse(source.Text, source.Name);
        int days = CommonOptions.Int(a, "--days", 2, 1, 3650);
        int seed = CommonOptions.Int(a, "--seed", 1, 0, int.MaxValue);
        int perDay = CommonOptions.Int(a, "--steps-per-day", 1440, 1, 86_400);
        int steps = checked(days * perDay);
        BacktestReport report = Run(portfolio, steps, TimeSpan.FromDays(1.0 / perDay), (ulong)seed);
        Print(context.Out, portfolio, source.Name, days, seed, report);
        return CliApp.Ok;
    }

    /// <summary>Builds the paths and runs the portfolio's policies over them.</summary>
    public static BacktestReport Run(PortfolioConfig portfolio, int steps, TimeSpan step, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        RebalancingEngine engine = RebalancingEngine.Create(portfolio);
        int n = engine.Book.UnderlyingCount;
        var ids = new InstrumentId[n];
        var prices = new double[n][];
        double dt = step.TotalDays / 365.0;
        var gen = new PathGenerator(seed);
        for (int g = 0; g < n; g++)
        {
            ids[g] = engine.Book.UnderlyingAt(g).Underlying;
        }

        double Vol(int g) => portfolio.Instruments.First(i => i.Id == ids[g].Value).DailyVolatility * Math.Sqrt(365);
        if (n >= 2)
        {
            (prices[0], prices[1]) = gen.CorrelatedGbm(StartPrice(portfolio, ids[0]), Vol(0), StartPrice(portfolio, ids[1]), Vol(1), 0.7, dt, steps);
        }

        for (int g = n >= 2 ? 2 : 0; g < n; g++)
        {
            prices[g] = gen.Gbm(StartPrice(portfolio, ids[g]), 0, Vol(g), dt, steps);
        }

        long start = YearFraction.ToUnixNanoseconds(new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc));
        var paths = new PricePaths(ids, PricePaths.EvenTimes(start, step, steps), prices);
        return new BacktestRunner(engine).Run(paths);
    }

    /// <summary>An underlying's starting price: an entry price of one of its instruments, else the mean strike of its options, else 100.</summary>
    public static double StartPrice(PortfolioConfig portfolio, InstrumentId underlying)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        string symbol = portfolio.Instruments.First(i => i.Id == underlying.Value).Symbol;
        var on = portfolio.Instruments.Where(i => i.Underlying == symbol).ToList();
        PortfolioInstrumentConfig? priced = on.FirstOrDefault(i => double.IsFinite(i.EntryPrice) && i.EntryPrice > 0 && i.Kind != InstrumentKind.Option);
        if (priced is not null)
        {
            return priced.EntryPrice;
        }

        var strikes = on.Where(i => i.Kind == InstrumentKind.Option && i.Strike > 0).Select(i => i.Strike).ToList();
        return strikes.Count > 0 ? strikes.Average() : 100;
    }

    private static void Print(TextWriter o, PortfolioConfig portfolio, string source, int days, int seed, BacktestReport r)
    {
        o.WriteLine(string.Create(Inv, $"backtest of portfolio '{portfolio.Name}' ({source}): {days} day(s), {r.Steps} steps, seed {seed}"));
        o.WriteLine(string.Create(Inv, $"  trades            {r.Trades}   traded notional {r.TradedNotional:N0}   rejected fills {r.RejectedFills}"));
        o.WriteLine(string.Create(Inv, $"  costs             spread {r.SpreadCost:N2}  impact {r.ImpactCost:N2}  fees {r.Fees:N2}  total {r.TotalCost:N2}"));
        o.WriteLine(string.Create(Inv, $"  equity            {r.InitialEquity:N0} -> {r.FinalEquity:N0}   P&L {r.Pnl:N0}   collateral added {r.CollateralAdded:N0}   P&L sd/step {Math.Sqrt(r.PnlVariance):N2}"));
        o.WriteLine(string.Create(Inv, $"  leverage max      {r.MaxLeverage:F2}   margin ratio min {r.MinMarginRatio:F2}"));
        for (int i = 0; i < r.TimeInBand.Count; i++)
        {
            o.WriteLine(string.Create(Inv, $"  delta rule {i + 1} ({portfolio.Deltas[i].Underlying})  time in band {r.TimeInBand[i]:P1}   max |delta - target| {r.MaxAbsDeltaDeviation[i]:F3}"));
        }

        foreach (var (reason, count) in r.IntentsByReason.OrderBy(kv => kv.Key))
        {
            o.WriteLine(string.Create(Inv, $"  intents {reason,-28} {count}"));
        }
    }
}
