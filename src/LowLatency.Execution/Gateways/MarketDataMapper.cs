using LowLatency.Core.Ids;
using LowLatency.Execution.Instruments;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.MarketData;

namespace LowLatency.Execution.Gateways;

/// <summary>
/// FIX market data → ring slots for ONE venue: keeps that venue's depth per instrument from 35=W snapshots and 35=X
/// incrementals and writes the resulting top of book into a <see cref="MarketDataEvent"/>; builds the 35=V
/// subscriptions. Owned by that venue session's reader thread (single writer); no allocation after construction.
/// A message is applied all or nothing: every entry is decoded and converted before the book changes.
/// </summary>
public sealed class MarketDataMapper
{
    private const int MdReqIdLength = 24;

    private readonly VenueId _venue;
    private readonly InstrumentTable _instruments;
    private readonly DepthBook[] _books;
    private readonly MarketDataEntry[] _entries;
    private readonly long[] _prices;
    private readonly long[] _sizes;

    /// <param name="venue">The venue whose session feeds this mapper.</param>
    /// <param name="instruments">Configured instruments (symbol lookup, scales).</param>
    /// <param name="depth">Levels kept per side (subscribe with this MarketDepth).</param>
    /// <param name="maxEntries">Most MDEntries in one message.</param>
    public MarketDataMapper(VenueId venue, InstrumentTable instruments, int depth = 32, int maxEntries = 512)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        if (depth < MarketDataEvent.MaxLevels || maxEntries < 1)
        {
            Core.ThrowHelper.ThrowArgumentOutOfRange(nameof(depth), $"depth must be at least {MarketDataEvent.MaxLevels} and maxEntries positive, got {depth} and {maxEntries}");
        }

        _venue = venue;
        _instruments = instruments;
        Depth = depth;
        _books = new DepthBook[instruments.Count];
        for (int i = 0; i < _books.Length; i++)
        {
            _books[i] = new DepthBook(depth);
        }

        _entries = new MarketDataEntry[maxEntries];
        _prices = new long[maxEntries];
        _sizes = new long[maxEntries];
    }

    public VenueId Venue => _venue;

    public int Depth { get; }

    /// <summary>Maps 35=W, 35=X or 35=Y (a refused subscription clears that book) into <paramref name="slot"/>.</summary>
    public MarketDataMapResult TryMap(in FixMessage message, long receiveNs, ref MarketDataEvent slot)
    {
        ReadOnlySpan<byte> type = message.MsgType;
        if (type.Length != 1)
        {
            return MarketDataMapResult.NotMarketData;
        }

        return type[0] switch
        {
            (byte)'W' => TryMapSnapshot(in message, receiveNs, ref slot),
            (byte)'X' => TryMapIncremental(in message, receiveNs, ref slot),
            (byte)'Y' => TryMapRequestReject(in message, receiveNs, ref slot),
            _ => MarketDataMapResult.NotMarketData,
        };
    }

    public MarketDataMapResult TryMapSnapshot(in FixMessage message, long receiveNs, ref MarketDataEvent slot)
    {
        if (!MarketDataSnapshotFullRefresh.TryRead(in message, _entries, out MarketDataSnapshotFullRefresh snapshot, out int count))
        {
            return MarketDataMapResult.Malformed;
        }

        if (!_instruments.TryGetIndex(snapshot.Symbol, out int instrument))
        {
            return MarketDataMapResult.UnknownSymbol;
        }

        MarketDataMapResult converted = Convert(instrument, count, out _);
        if (converted != MarketDataMapResult.Mapped)
        {
            return converted;
        }

        DepthBook book = _books[instrument];
        book.Clear();
        Apply(book, count, snapshot: true, out bool trade);
        book.Synchronized = true;
        Publish(instrument, book, in message, receiveNs, MarketDataUpdateKind.Snapshot, trade, ref slot);
        return MarketDataMapResult.Mapped;
    }

    public MarketDataMapResult TryMapIncremental(in FixMessage message, long receiveNs, ref MarketDataEvent slot)
    {
        if (!message.TryGetGroup(FixTag.NoMDEntries, out FixGroup group) || group.Count > _entries.Length || group.Count == 0)
        {
            return MarketDataMapResult.Malformed;
        }

        ReadOnlySpan<byte> symbol = default;
        int count = 0;
        foreach (FixGroupEntry entry in group)
        {
            ReadOnlySpan<byte> entrySymbol = entry.GetSpan(FixTag.Symbol);
            if (count == 0)
            {
                symbol = entrySymbol;
            }
            else if (!entrySymbol.IsEmpty && !entrySymbol.SequenceEqual(symbol))
            {
                return MarketDataMapResult.MixedInstruments;
            }

            if (!MarketDataEntry.TryRead(entry, out _entries[count]))
            {
                return MarketDataMapResult.Malformed;
            }

            count++;
        }

        if (!_instruments.TryGetIndex(symbol, out int instrument))
        {
            return MarketDataMapResult.UnknownSymbol;
        }

        DepthBook book = _books[instrument];
        if (!book.Synchronized)
        {
            return MarketDataMapResult.AwaitingSnapshot;
        }

        MarketDataMapResult converted = Convert(instrument, count, out int relevant);
        if (converted != MarketDataMapResult.Mapped)
        {
            return converted;
        }

        if (relevant == 0)
        {
            return MarketDataMapResult.NothingToApply;
        }

        Apply(book, count, snapshot: false, out bool trade);
        Publish(instrument, book, in message, receiveNs, MarketDataUpdateKind.Incremental, trade, ref slot);
        return MarketDataMapResult.Mapped;
    }

    /// <summary>A refused subscription (35=Y with our MDReqID): the book is unknown, the slot says so.</summary>
    public MarketDataMapResult TryMapRequestReject(in FixMessage message, long receiveNs, ref MarketDataEvent slot)
    {
        if (!MarketDataRequestReject.TryRead(in message, out MarketDataRequestReject reject) || !TryParseMdReqId(reject.MdReqId, out int instrument))
        {
            return MarketDataMapResult.Malformed;
        }

        return Cleared(instrument, receiveNs, ref slot);
    }

    /// <summary>
    /// Forgets the venue's book for an instrument (disconnect, unsubscribe) and writes a
    /// <see cref="MarketDataUpdateKind.BookCleared"/> event so the router stops using it.
    /// </summary>
    public MarketDataMapResult Cleared(int instrument, long receiveNs, ref MarketDataEvent slot)
    {
        DepthBook book = _books[instrument];
        book.Clear();
        book.Synchronized = false;
        Publish(instrument, book, default, receiveNs, MarketDataUpdateKind.BookCleared, false, ref slot);
        return MarketDataMapResult.Mapped;
    }

    /// <summary>Forgets every book (the session dropped): incrementals are refused until fresh snapshots arrive.</summary>
    public void Reset()
    {
        foreach (DepthBook book in _books)
        {
            book.Clear();
            book.Synchronized = false;
            book.LastTradePrice = 0;
            book.LastTradeSize = 0;
        }
    }

    /// <summary>
    /// Sends a snapshot-plus-updates subscription (35=V) for bids, offers and trades at <see cref="Depth"/> with
    /// incremental refresh; MDReqID encodes the instrument so a 35=Y can be traced back.
    /// </summary>
    public bool TrySubscribe<TSink>(ref TSink sink, InstrumentId instrument, bool subscribe = true)
        where TSink : struct, IVenueOrderSink
    {
        if (!_instruments.TryGetIndex(instrument, out int index))
        {
            return false;
        }

        Span<byte> id = stackalloc byte[MdReqIdLength];
        int length = FormatMdReqId(index, id);
        var request = new MarketDataRequest
        {
            MdReqId = id[..length],
            SubscriptionRequestType = subscribe ? FixSubscriptionRequestType.SnapshotPlusUpdates : FixSubscriptionRequestType.DisablePreviousSnapshotPlusUpdateRequest,
            MarketDepth = Depth,
            MdUpdateType = 1, // incremental refresh
            EntryTypes = "012"u8,
            Symbol = _instruments[index].Symbol,
        };
        return sink.TrySend(_venue, in request);
    }

    /// <summary>"MD" + dense instrument index.</summary>
    internal static int FormatMdReqId(int instrument, Span<byte> destination)
    {
        destination[0] = (byte)'M';
        destination[1] = (byte)'D';
        return 2 + FixNumber.Write(instrument, destination[2..]);
    }

    private bool TryParseMdReqId(ReadOnlySpan<byte> id, out int instrument)
    {
        instrument = -1;
        return id.Length > 2 && id[0] == (byte)'M' && id[1] == (byte)'D' && FixNumber.TryParseInt(id[2..], out instrument) &&
               (uint)instrument < (uint)_instruments.Count;
    }

    /// <summary>Converts every entry's price and size to the instrument's scales; nothing is applied if one fails.</summary>
    private MarketDataMapResult Convert(int instrument, int count, out int relevant)
    {
        relevant = 0;
        for (int i = 0; i < count; i++)
        {
            ref MarketDataEntry e = ref _entries[i];
            if (e.EntryType is not (FixMDEntryType.Bid or FixMDEntryType.Offer or FixMDEntryType.Trade))
            {
                continue;
            }

            bool delete = e.UpdateAction == FixMDUpdateAction.Delete;
            if (e.Price is not { } price || !_instruments.TryPriceMantissa(instrument, price, out _prices[i]) || _prices[i] <= 0)
            {
                return e.Price is null ? MarketDataMapResult.Malformed : MarketDataMapResult.OffScale;
            }

            _sizes[i] = 0;
            if (e.Size is { } size)
            {
                if (!_instruments.TryQuantityMantissa(instrument, size, out _sizes[i]) || _sizes[i] < 0)
                {
                    return MarketDataMapResult.OffScale;
                }
            }
            else if (!delete)
            {
                return MarketDataMapResult.Malformed;
            }

            relevant++;
        }

        return MarketDataMapResult.Mapped;
    }

    private void Apply(DepthBook book, int count, bool snapshot, out bool trade)
    {
        trade = false;
        for (int i = 0; i < count; i++)
        {
            ref MarketDataEntry e = ref _entries[i];
            switch (e.EntryType)
            {
                case FixMDEntryType.Bid:
                case FixMDEntryType.Offer:
                    long size = !snapshot && e.UpdateAction == FixMDUpdateAction.Delete ? 0 : _sizes[i];
                    book.Set(e.EntryType == FixMDEntryType.Bid, _prices[i], size);
                    break;
                case FixMDEntryType.Trade:
                    book.LastTradePrice = _prices[i];
                    book.LastTradeSize = _sizes[i];
                    trade = true;
                    break;
            }
        }
    }

    private void Publish(int instrument, DepthBook book, in FixMessage message, long receiveNs, MarketDataUpdateKind kind, bool trade, ref MarketDataEvent slot)
    {
        ref readonly InstrumentInfo info = ref _instruments[instrument];
        slot.Instrument = info.Id;
        slot.Venue = _venue;
        slot.Kind = kind;
        slot.PriceScale = (byte)info.PriceScale;
        slot.QuantityScale = (byte)info.QuantityScale;
        slot.HasTrade = trade;
        book.CopyTop(ref slot);
        slot.Sequence = message.IsDefault ? 0 : message.MsgSeqNum;
        slot.ExchangeTimestampNs = !message.IsDefault && message.TryGetUtcTimestamp(FixTag.SendingTime, out long sent) ? sent : 0;
        slot.ReceiveTimestampNs = receiveNs;
    }
}
