using System.Runtime.CompilerServices;
using LowLatency.Execution.Risk;
using LowLatency.Model.MarketData;

namespace LowLatency.Execution.Routing;

/// <summary>
/// Per (instrument, venue) top of book with freshness, plus the usability rule the router and the reference price
/// share: the venue is connected, not killed, and its book is valid and younger than the stale limit.
/// </summary>
internal sealed class VenueBooks
{
    private readonly VenueQuote[] _quotes;
    private readonly int _venues;
    private readonly long _staleAfterNs;
    private readonly VenueHealth _health;
    private readonly KillSwitch _kill;

    public VenueBooks(int instruments, int venues, long staleAfterNs, VenueHealth health, KillSwitch kill)
    {
        _quotes = new VenueQuote[instruments * venues];
        _venues = venues;
        _staleAfterNs = staleAfterNs;
        _health = health;
        _kill = kill;
    }

    public int VenueCount => _venues;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref VenueQuote At(int instrument, int venue) => ref _quotes[(instrument * _venues) + venue];

    /// <summary>Copies the event's top of book (the event is already at the instrument's scales).</summary>
    public void Apply(int instrument, int venue, in MarketDataEvent md, long nowNs)
    {
        ref VenueQuote q = ref At(instrument, venue);
        if (md.Kind == MarketDataUpdateKind.BookCleared)
        {
            q.Valid = false;
            q.BidCount = 0;
            q.AskCount = 0;
            return;
        }

        q.Bids = md.Bids;
        q.Asks = md.Asks;
        q.BidCount = Math.Min((int)md.BidCount, MarketDataEvent.MaxLevels);
        q.AskCount = Math.Min((int)md.AskCount, MarketDataEvent.MaxLevels);
        if (md.LastTradePrice > 0)
        {
            q.LastTradePrice = md.LastTradePrice;
        }

        q.UpdatedNs = nowNs;
        q.Valid = true;
        q.StaleReported = false;
    }

    /// <summary>Invalidates every book of a venue (disconnect): nothing is routed on it until fresh data arrives.</summary>
    public void ClearVenue(int venue)
    {
        for (int i = venue; i < _quotes.Length; i += _venues)
        {
            _quotes[i].Valid = false;
            _quotes[i].BidCount = 0;
            _quotes[i].AskCount = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsUsable(int instrument, int venue, long nowNs)
    {
        ref VenueQuote q = ref At(instrument, venue);
        return q.Valid && nowNs - q.UpdatedNs <= _staleAfterNs && _health.IsConnected(venue) && !_kill.IsVenueActive(venue);
    }

    /// <summary>
    /// Reference price mantissa for the instrument: mid of the best bid and best ask over usable venues, else the
    /// latest trade, else 0 (none).
    /// </summary>
    public double ReferencePrice(int instrument, long nowNs)
    {
        long bestBid = 0;
        long bestAsk = long.MaxValue;
        long lastTrade = 0;
        for (int v = 0; v < _venues; v++)
        {
            if (!IsUsable(instrument, v, nowNs))
            {
                continue;
            }

            ref VenueQuote q = ref At(instrument, v);
            if (q.BidCount > 0 && q.Bids[0].Price > bestBid)
            {
                bestBid = q.Bids[0].Price;
            }

            if (q.AskCount > 0 && q.Asks[0].Price < bestAsk)
            {
                bestAsk = q.Asks[0].Price;
            }

            if (q.LastTradePrice > 0)
            {
                lastTrade = q.LastTradePrice;
            }
        }

        if (bestBid > 0 && bestAsk != long.MaxValue)
        {
            return (bestBid + (double)bestAsk) / 2.0;
        }

        return lastTrade;
    }

    /// <summary>Marks books that went stale since the last scan; returns how many (metrics).</summary>
    public int ScanStale(long nowNs)
    {
        int count = 0;
        for (int i = 0; i < _quotes.Length; i++)
        {
            ref VenueQuote q = ref _quotes[i];
            if (q.Valid && !q.StaleReported && nowNs - q.UpdatedNs > _staleAfterNs)
            {
                q.StaleReported = true;
                count++;
            }
        }

        return count;
    }
}
