using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Server.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// The real books the injected ticks are drawn from: for every (venue, listed linear instrument) pair, the venue's
/// best bid and ask, refreshed by a background thread ("lt-market") that also shocks BTC on every venue at an
/// interval (alternating up and down) so the portfolio's delta leaves its band and hedges flow. The generator reads a
/// pair's latest <see cref="Quote"/> (an immutable object swapped by reference: a torn read is impossible).
/// </summary>
public sealed class VenueQuotes : IDisposable
{
    private readonly EngineRig _rig;
    private readonly TicksOptions _options;
    private readonly Quote?[] _quotes;
    private readonly ManualResetEventSlim _stop = new(false);
    private Thread? _thread;
    private long _shocks;

    public VenueQuotes(EngineRig rig, TicksOptions options)
    {
        _rig = rig ?? throw new ArgumentNullException(nameof(rig));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var pairs = new List<Pair>();
        foreach (VenueLink link in rig.Config.Venues)
        {
            RunningVenue? venue = null;
            foreach (RunningVenue v in rig.Venues.Venues)
            {
                if (string.Equals(v.SenderCompID, link.TargetCompId, StringComparison.Ordinal))
                {
                    venue = v;
                }
            }

            if (venue is null)
            {
                continue;
            }

            foreach (var listed in venue.Instruments)
            {
                var c = rig.Config.Portfolio.Find(listed.Symbol);
                if (c.IsLinear)
                {
                    pairs.Add(new Pair(venue, listed.Symbol, link.Venue, new InstrumentId(c.Id), c.TickSize.Scale, c.LotSize.Scale, c.TickSize.Mantissa));
                }
            }
        }

        if (pairs.Count == 0)
        {
            throw new InvalidOperationException("no venue lists an instrument of the portfolio: nothing to tick");
        }

        Pairs = pairs;
        _quotes = new Quote?[pairs.Count];
    }

    public IReadOnlyList<Pair> Pairs { get; }

    public long Shocks => Interlocked.Read(ref _shocks);

    /// <summary>The latest quote of a pair (null until the first refresh).</summary>
    public Quote? this[int pair] => Volatile.Read(ref _quotes[pair]);

    /// <summary>Reads every book once (so the first tick has a quote) and starts the refresh/shock thread.</summary>
    public void Start()
    {
        Refresh();
        _thread = new Thread(Loop) { IsBackground = true, Name = "lt-market" };
        _thread.Start();
    }

    /// <summary>Stops the refresh/shock thread (idempotent; the event is left to the finaliser so a second call is safe).</summary>
    public void Dispose()
    {
        _stop.Set();
        _thread?.Join(TimeSpan.FromSeconds(10));
    }

    private void Loop()
    {
        long nextShock = Environment.TickCount64 + (long)_options.ShockInterval.TotalMilliseconds;
        int sign = 1;
        while (!_stop.Wait(_options.QuoteRefresh))
        {
            try
            {
                if (_options.ShockSize > 0 && Environment.TickCount64 >= nextShock)
                {
                    foreach (RunningVenue v in _rig.Venues.Venues)
                    {
                        v.ShockPrice("BTC", sign * _options.ShockSize, TimeSpan.FromSeconds(5));
                    }

                    sign = -sign;
                    Interlocked.Increment(ref _shocks);
                    nextShock = Environment.TickCount64 + (long)_options.ShockInterval.TotalMilliseconds;
                }

                Refresh();
            }
            catch (TimeoutException)
            {
                // a venue busy beyond the timeout: keep the previous quotes, try again at the next refresh
            }
        }
    }

    private void Refresh()
    {
        for (int i = 0; i < Pairs.Count; i++)
        {
            Pair p = Pairs[i];
            var book = p.Venue.CaptureBook(p.Symbol, 1, TimeSpan.FromSeconds(5));
            if (book.Bids.Length == 0 || book.Asks.Length == 0 ||
                !book.Bids[0].Price.TryRescale(p.PriceScale, out Price bid) || !book.Asks[0].Price.TryRescale(p.PriceScale, out Price ask) ||
                !book.Bids[0].Size.TryRescale(p.QuantityScale, out Quantity bidSize) || !book.Asks[0].Size.TryRescale(p.QuantityScale, out Quantity askSize))
            {
                continue; // an empty side or an off-scale value: keep the last good quote
            }

            Volatile.Write(ref _quotes[i], new Quote(bid.Mantissa, bidSize.Mantissa, ask.Mantissa, askSize.Mantissa));
        }
    }

    /// <summary>One venue's listing of an engine instrument: where the ticks go and at which scales.</summary>
    public sealed record Pair(RunningVenue Venue, string Symbol, VenueId VenueId, InstrumentId Instrument, int PriceScale, int QuantityScale, long TickMantissa);

    /// <summary>A venue's best bid and ask as mantissas at the engine's scales.</summary>
    public sealed record Quote(long Bid, long BidSize, long Ask, long AskSize);
}
