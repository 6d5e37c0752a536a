using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Model.Instruments;
using LowLatency.Model.MarketData;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Server.Config;
using LowLatency.Server.Pipeline;

namespace LowLatency.Server.Replay;

/// <summary>
/// A deterministic inbound stream for a configuration: a clock sync and every venue logging on, then for each step
/// a top-of-book update of every linear instrument on every venue (BTC-like and ETH-like families on correlated GBM
/// paths from a seed, a small basis per venue, a spread of a few ticks, five levels a side) and a timer event. What
/// the golden, restart and zero-allocation tests and the decision benchmarks feed a <see cref="DecisionLoop"/> or
/// the rings.
/// </summary>
public static class SyntheticMarket
{
    /// <summary>UTC offset the stream's clock sync sets (2026-11-24T00:00:00Z minus a 1 s monotonic start).</summary>
    public const long UtcOffsetNs = 1_795_478_400_000_000_000 - 1_000_000_000;

    public static InboundEvent[] Generate(EngineConfig config, int steps, TimeSpan step, int seed, double volatility = 0.8)
    {
        ArgumentNullException.ThrowIfNull(config);
        var linear = new List<Instrument>();
        foreach (InstrumentSettings s in config.Execution.Instruments)
        {
            if (s.Instrument.Kind != InstrumentKind.Option)
            {
                linear.Add(s.Instrument);
            }
        }

        var underlyings = linear.Select(i => i.Underlying).Distinct().ToList();
        double dt = step.TotalDays / 365.0;
        var gen = new PathGenerator((ulong)seed);
        (double[] a, double[] b) = gen.CorrelatedGbm(StartPrice(config, underlyings[0]), volatility, underlyings.Count > 1 ? StartPrice(config, underlyings[1]) : 1, volatility, 0.7, dt, steps);
        var events = new List<InboundEvent>(2 + config.Venues.Count + (steps * ((linear.Count * config.Venues.Count) + 1)));
        long t = 1_000_000_000;
        events.Add(new InboundEvent { Kind = InboundKind.Control, Control = ControlCommand.ClockSync, Argument = UtcOffsetNs, TimestampNs = t, VenueIndex = -1 });
        foreach (VenueLink v in config.Venues)
        {
            events.Add(new InboundEvent { Kind = InboundKind.VenueUp, VenueIndex = v.Index, TimestampNs = t });
        }

        long stepNs = (long)step.TotalNanoseconds;
        for (int k = 0; k < steps; k++)
        {
            t += stepNs;
            foreach (VenueLink v in config.Venues)
            {
                foreach (Instrument instrument in linear)
                {
                    double mid = underlyings.IndexOf(instrument.Underlying) == 0 ? a[k] : b[k];
                    mid *= 1 + (0.0002 * (v.Index - 1)); // a small basis between venues
                    events.Add(new InboundEvent { Kind = InboundKind.MarketData, TimestampNs = t, VenueIndex = v.Index, MarketData = TopOfBook(instrument, v.Venue, mid, t, k) });
                }
            }

            events.Add(new InboundEvent { Kind = InboundKind.Timer, TimestampNs = t, VenueIndex = -1, SourceSequence = k });
        }

        return [.. events];
    }

    private static double StartPrice(EngineConfig config, InstrumentId underlying) =>
        config.Portfolio.Instruments.First(i => i.Id == underlying.Value).Symbol.StartsWith("ETH", StringComparison.Ordinal) ? 3_000 : 60_000;

    private static MarketDataEvent TopOfBook(Instrument instrument, VenueId venue, double mid, long t, long sequence)
    {
        long tick = instrument.TickSize.Mantissa;
        long m = (long)Math.Round(mid * Math.Pow(10, instrument.PriceScale) / tick) * tick;
        long size = instrument.LotSize.Mantissa * 1_000;
        var md = new MarketDataEvent
        {
            Instrument = instrument.Id,
            Venue = venue,
            Kind = MarketDataUpdateKind.Snapshot,
            PriceScale = (byte)instrument.PriceScale,
            QuantityScale = (byte)instrument.QuantityScale,
            BidCount = MarketDataEvent.MaxLevels,
            AskCount = MarketDataEvent.MaxLevels,
            Sequence = sequence + 1,
            ReceiveTimestampNs = t,
        };
        for (int l = 0; l < MarketDataEvent.MaxLevels; l++)
        {
            md.Bids[l] = new MarketDataLevel(m - (tick * (1 + l)), size);
            md.Asks[l] = new MarketDataLevel(m + (tick * (1 + l)), size);
        }

        return md;
    }
}
