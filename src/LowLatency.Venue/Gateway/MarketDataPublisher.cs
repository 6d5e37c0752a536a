using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core.Ids;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Fix.Session;
using LowLatency.Model.Orders;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

// Streams per instrument: full depth (MarketDepth 0) gets the book's own changes with the book's sequence; each
// MarketDepth N used by a subscriber has one DepthView shared by all of them. A subscription starts with a 35=W of
// the book as it is when the 35=V is processed (between commands, so it matches what the stream continues from);
// a subscriber whose 35=X cannot be delivered (back-pressure, delay line full) is resynchronised with a fresh
// 35=W at the end of the batch, instead of silently drifting.

/// <summary>
/// The market-data side of the venue's FIX gateway: 35=V subscriptions per session, 35=W snapshots, one 35=X per
/// book-changing command per subscriber, 35=Y refusals. Matching thread only; allocation-free per 35=X.
/// </summary>
internal sealed class MarketDataPublisher
{
    /// <summary>Deepest MarketDepth accepted (a DepthView preallocates this many levels per side).</summary>
    public const int MaxDepth = 1024;

    private readonly OutboundRouter _out;
    private readonly VenueCounters _counters;
    private readonly IncrementalBatcher _batcher = new(256);
    private MarketDataEntry[] _snapshotEntries = new MarketDataEntry[256];
    private Feed[] _feeds = [];
    private int _resyncPending;

    public MarketDataPublisher(OutboundRouter outbound, VenueCounters counters)
    {
        _out = outbound;
        _counters = counters;
    }

    /// <summary>The engine's books (instrument ids 0..n-1), once the engine this publisher listens to exists.</summary>
    public void Attach(ReadOnlySpan<OrderBook> books)
    {
        var feeds = new Feed[books.Length];
        foreach (OrderBook book in books)
        {
            feeds[book.Instrument.Value] = new Feed(book, Encoding.ASCII.GetBytes(book.Definition.Symbol));
        }

        _feeds = feeds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnBookLevel(in BookLevelUpdate update)
    {
        if (_feeds[update.Instrument.Value].Subscribers.Count != 0)
        {
            _batcher.Add(in update);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnTrade(in TradeReport trade)
    {
        if (_feeds[trade.Instrument.Value].Subscribers.Count != 0)
        {
            _batcher.Add(in trade);
        }
    }

    /// <summary>End of one command's changes to <paramref name="instrument"/>: one 35=X per subscriber that wants any of them.</summary>
    public void OnBatchEnd(InstrumentId instrument)
    {
        if (_batcher.Count == 0)
        {
            return;
        }

        Feed feed = _feeds[instrument.Value];
        ReadOnlySpan<MarketDataIncrement> raw = _batcher.Pending;
        foreach (DepthView view in feed.Views)
        {
            view.Update(feed.Book, raw);
        }

        List<Subscriber> subscribers = feed.Subscribers;
        for (int i = 0; i < subscribers.Count; i++)
        {
            Subscriber s = subscribers[i];
            ReadOnlySpan<MarketDataIncrement> entries = s.View is null ? raw : s.View.Pending;
            if (s.NeedsSnapshot || entries.IsEmpty || IncrementalRefreshBody.CountFor(entries, s.EntryTypes) == 0)
            {
                continue;
            }

            var body = new IncrementalRefreshBody(s.MdReqIdBytes, feed.Symbol, entries, s.EntryTypes);
            if (_out.SendMarketData(s.Session, instrument.Value, in body, out FixSendResult result))
            {
                _counters.Increment(VenueCounter.MarketDataMessagesSent);
            }
            else
            {
                OnUndelivered(s, result);
            }
        }

        _batcher.Clear();
    }

    /// <summary>A 35=V for one symbol (the reader split multi-symbol requests).</summary>
    public void OnRequest(in VenueCommand command)
    {
        _counters.Increment(VenueCounter.MarketDataRequestsReceived);
        if (command.Reject != GatewayText.None)
        {
            Reject(in command, (char)command.RejectCode, command.Reject);
            return;
        }

        if ((uint)command.Instrument.Value >= (uint)_feeds.Length)
        {
            Reject(in command, FixMDReqRejReason.UnknownSymbol, GatewayText.UnknownSymbol);
            return;
        }

        Feed feed = _feeds[command.Instrument.Value];
        Subscriber? existing = Find(feed, command.Session);
        switch (command.SubscriptionRequestType)
        {
            case FixSubscriptionRequestType.DisablePreviousSnapshotPlusUpdateRequest:
                if (existing is not null && existing.MdReqId.Equals(command.ClientOrderId))
                {
                    Remove(feed, existing);
                }

                return;
            case FixSubscriptionRequestType.Snapshot:
                SendSnapshot(feed, command.Session, command.ClientOrderId, command.MarketDepth, command.EntryTypes, out _);
                return;
        }

        if (existing is not null)
        {
            Remove(feed, existing);
        }

        var subscriber = new Subscriber(command.Session, command.ClientOrderId, command.EntryTypes, command.MarketDepth);
        if (!SendSnapshot(feed, command.Session, command.ClientOrderId, command.MarketDepth, command.EntryTypes, out FixSendResult result))
        {
            if (result == FixSendResult.TooLarge)
            {
                Reject(in command, FixMDReqRejReason.UnsupportedMarketDepth, GatewayText.SnapshotTooLarge);
                return;
            }

            subscriber.NeedsSnapshot = true;
            _resyncPending++;
        }

        Add(feed, subscriber);
    }

    /// <summary>The session is gone: its subscriptions end (a reconnecting client subscribes again).</summary>
    public void OnLoggedOut(int session)
    {
        foreach (Feed feed in _feeds)
        {
            if (Find(feed, session) is { } subscriber)
            {
                Remove(feed, subscriber);
            }
        }
    }

    /// <summary>A 35=W/X for <paramref name="session"/> on <paramref name="instrument"/> was not delivered (delayed send refused).</summary>
    public void OnUndelivered(int session, int instrument, FixSendResult result)
    {
        if (Find(_feeds[instrument], session) is { } subscriber)
        {
            OnUndelivered(subscriber, result);
        }
    }

    /// <summary>Fresh snapshots for subscriptions that lost a message; returns how many went.</summary>
    public int RetrySnapshots()
    {
        if (_resyncPending == 0)
        {
            return 0;
        }

        int sent = 0;
        foreach (Feed feed in _feeds)
        {
            foreach (Subscriber s in feed.Subscribers)
            {
                if (s.NeedsSnapshot && SendSnapshot(feed, s.Session, s.MdReqId, s.Depth, s.EntryTypes, out _))
                {
                    s.NeedsSnapshot = false;
                    _resyncPending--;
                    _counters.Increment(VenueCounter.MarketDataResyncs);
                    sent++;
                }
            }
        }

        return sent;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnUndelivered(Subscriber subscriber, FixSendResult result)
    {
        if (result != FixSendResult.NotLoggedOn && !subscriber.NeedsSnapshot)
        {
            subscriber.NeedsSnapshot = true; // the next 35=W replaces whatever the subscriber has
            _resyncPending++;
        }
    }

    /// <summary>The book as it is now, best <paramref name="depth"/> levels per side (0 = all).</summary>
    private bool SendSnapshot(Feed feed, int session, in ClientOrderId mdReqId, int depth, byte entryTypes, out FixSendResult result)
    {
        int count = 0;
        if ((entryTypes & EntryTypeFlags.Book) != 0)
        {
            count = CaptureSide(feed.Book, Side.Buy, depth, 0);
            count = CaptureSide(feed.Book, Side.Sell, depth, count);
        }

        Span<byte> id = stackalloc byte[ClientOrderId.MaxLength];
        mdReqId.TryCopyTo(id, out int idLength);
        var body = new MarketDataSnapshotFullRefresh { MdReqId = id[..idLength], Symbol = feed.Symbol, Entries = _snapshotEntries.AsSpan(0, count) };
        bool sent = _out.SendMarketData(session, feed.Book.Instrument.Value, in body, out result);
        if (sent)
        {
            _counters.Increment(VenueCounter.SnapshotsSent);
        }

        return sent;
    }

    private int CaptureSide(OrderBook book, Side side, int depth, int start)
    {
        int levels = book.LevelCount(side);
        int count = depth == 0 ? levels : Math.Min(depth, levels);
        if (start + count > _snapshotEntries.Length)
        {
            Array.Resize(ref _snapshotEntries, Math.Max(start + count, _snapshotEntries.Length * 2));
        }

        char type = side == Side.Buy ? FixMDEntryType.Bid : FixMDEntryType.Offer;
        for (int i = 0; i < count; i++)
        {
            BookLevel level = book.GetLevel(side, i);
            _snapshotEntries[start + i] = new MarketDataEntry { EntryType = type, Price = level.Price, Size = level.Size, NumberOfOrders = level.OrderCount };
        }

        return start + count;
    }

    private void Reject(in VenueCommand command, char reason, GatewayText text)
    {
        Span<byte> id = stackalloc byte[ClientOrderId.MaxLength];
        command.ClientOrderId.TryCopyTo(id, out int idLength);
        var body = new MarketDataRequestReject { MdReqId = id[..idLength], Reason = reason, Text = GatewayTexts.Describe(text) };
        if (_out.SendMarketData(command.Session, -1, in body, out _))
        {
            _counters.Increment(VenueCounter.MarketDataMessagesSent);
        }
    }

    private static Subscriber? Find(Feed feed, int session)
    {
        foreach (Subscriber s in feed.Subscribers)
        {
            if (s.Session == session)
            {
                return s;
            }
        }

        return null;
    }

    private void Add(Feed feed, Subscriber subscriber)
    {
        if (subscriber.Depth != 0)
        {
            DepthView? view = null;
            foreach (DepthView candidate in feed.Views)
            {
                if (candidate.Depth == subscriber.Depth)
                {
                    view = candidate;
                }
            }

            if (view is null)
            {
                view = new DepthView(subscriber.Depth);
                view.Reset(feed.Book);
                feed.Views.Add(view);
            }

            view.Subscribers++;
            subscriber.View = view;
        }

        feed.Subscribers.Add(subscriber);
    }

    private void Remove(Feed feed, Subscriber subscriber)
    {
        feed.Subscribers.Remove(subscriber);
        if (subscriber.NeedsSnapshot)
        {
            _resyncPending--;
        }

        if (subscriber.View is { } view && --view.Subscribers == 0)
        {
            feed.Views.Remove(view);
        }
    }

    /// <summary>One instrument's subscribers and depth views.</summary>
    private sealed class Feed(OrderBook book, byte[] symbol)
    {
        public OrderBook Book { get; } = book;

        public byte[] Symbol { get; } = symbol;

        public List<Subscriber> Subscribers { get; } = new(8);

        public List<DepthView> Views { get; } = new(4);
    }

    /// <summary>One session's subscription to one instrument.</summary>
    private sealed class Subscriber
    {
        public Subscriber(int session, ClientOrderId mdReqId, byte entryTypes, int depth)
        {
            Session = session;
            MdReqId = mdReqId;
            Span<byte> id = stackalloc byte[ClientOrderId.MaxLength];
            mdReqId.TryCopyTo(id, out int written);
            MdReqIdBytes = id[..written].ToArray();
            EntryTypes = entryTypes;
            Depth = depth;
        }

        public int Session { get; }

        public ClientOrderId MdReqId { get; }

        public byte[] MdReqIdBytes { get; }

        public byte EntryTypes { get; }

        public int Depth { get; }

        public DepthView? View { get; set; }

        public bool NeedsSnapshot { get; set; }
    }
}
