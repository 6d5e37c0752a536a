using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

// Invariants:
//  * after every matching command the published levels equal the book's best Depth levels per side (the view is
//    brought up to date at each batch end, and commands are atomic on the matching thread);
//  * a batch's entries turn the previously published levels into the new ones: trades first, then every delete
//    (of both sides), then changes, then new levels — a subscriber that keeps at most Depth levels never has to hold
//    more while applying them;
//  * the view's own sequence (MDEntryID) increases by one per entry it emits, like the book's for full depth.

/// <summary>
/// What subscribers with MarketDepth = N see of one book: its best N levels per side. A level entering the window
/// (a better one was removed) arrives as new, one pushed out arrives as deleted, so a depth-N subscriber never
/// holds or needs deeper levels. Computed once per batch for all subscribers of that depth: the diff of the
/// published top N against the book's top N, O(N) and allocation-free.
/// </summary>
internal sealed class DepthView
{
    private readonly BookLevel[] _publishedBids;
    private readonly BookLevel[] _publishedAsks;
    private readonly BookLevel[] _current;
    private MarketDataIncrement[] _pending;
    private readonly Op[] _ops;
    private int _bidCount;
    private int _askCount;
    private int _pendingCount;
    private int _opCount;

    public DepthView(int depth)
    {
        Depth = depth;
        _publishedBids = new BookLevel[depth];
        _publishedAsks = new BookLevel[depth];
        _current = new BookLevel[depth];
        _ops = new Op[4 * depth]; // a side's diff records at most old + new levels: 2 × depth per side
        _pending = new MarketDataIncrement[(4 * depth) + 64];
    }

    public int Depth { get; }

    /// <summary>Subscribers using the view; it is dropped at zero.</summary>
    public int Subscribers { get; set; }

    /// <summary>Sequence of the last entry emitted: a snapshot taken now is "as of" it.</summary>
    public long Sequence { get; private set; }

    public ReadOnlySpan<BookLevel> Bids => new(_publishedBids, 0, _bidCount);

    public ReadOnlySpan<BookLevel> Asks => new(_publishedAsks, 0, _askCount);

    /// <summary>The entries of the last <see cref="Update"/>.</summary>
    public ReadOnlySpan<MarketDataIncrement> Pending => new(_pending, 0, _pendingCount);

    /// <summary>Starts from the book as it is now (a new view for a first subscriber of this depth).</summary>
    public void Reset(OrderBook book)
    {
        _bidCount = Capture(book, Side.Buy, _publishedBids);
        _askCount = Capture(book, Side.Sell, _publishedAsks);
        _pendingCount = 0;
    }

    /// <summary>Brings the view up to the book after one command whose raw changes are <paramref name="batch"/>.</summary>
    public void Update(OrderBook book, ReadOnlySpan<MarketDataIncrement> batch)
    {
        _pendingCount = 0;
        bool bids = false;
        bool asks = false;
        foreach (ref readonly MarketDataIncrement entry in batch)
        {
            if (entry.Kind == IncrementKind.Trade)
            {
                Emit(entry.Instrument, IncrementKind.Trade, BookUpdateAction.New, entry.Side, new BookLevel(entry.Price, entry.Size, 0), entry.TradeId);
            }
            else if (entry.Side == Side.Buy)
            {
                bids |= Touches(Side.Buy, entry.Price);
            }
            else
            {
                asks |= Touches(Side.Sell, entry.Price);
            }
        }

        if (!bids && !asks)
        {
            return;
        }

        InstrumentId instrument = book.Instrument;
        _opCount = 0;
        if (bids)
        {
            int count = Capture(book, Side.Buy, _current);
            Diff(Side.Buy, _publishedBids, _bidCount, count);
            Array.Copy(_current, _publishedBids, count);
            _bidCount = count;
        }

        if (asks)
        {
            int count = Capture(book, Side.Sell, _current);
            Diff(Side.Sell, _publishedAsks, _askCount, count);
            Array.Copy(_current, _publishedAsks, count);
            _askCount = count;
        }

        for (BookUpdateAction action = BookUpdateAction.Delete; ; action = action == BookUpdateAction.Delete ? BookUpdateAction.Change : BookUpdateAction.New)
        {
            for (int i = 0; i < _opCount; i++)
            {
                ref Op op = ref _ops[i];
                if (op.Action == action)
                {
                    Emit(instrument, IncrementKind.Level, action, op.Side, action == BookUpdateAction.Delete ? op.Level with { Size = default, OrderCount = 0 } : op.Level, 0);
                }
            }

            if (action == BookUpdateAction.New)
            {
                break;
            }
        }
    }

    /// <summary>Could a change at <paramref name="price"/> alter the published window of <paramref name="side"/>?</summary>
    private bool Touches(Side side, Price price)
    {
        int count = side == Side.Buy ? _bidCount : _askCount;
        if (count < Depth)
        {
            return true; // the window has room: any level may enter it
        }

        long worst = (side == Side.Buy ? _publishedBids : _publishedAsks)[count - 1].Price.Mantissa;
        return side == Side.Buy ? price.Mantissa >= worst : price.Mantissa <= worst;
    }

    /// <summary>Merge of published (old) and current (new) levels, both best first; records one op per difference.</summary>
    private void Diff(Side side, BookLevel[] published, int oldCount, int newCount)
    {
        int i = 0;
        int j = 0;
        while (i < oldCount || j < newCount)
        {
            if (j == newCount)
            {
                Record(BookUpdateAction.Delete, side, published[i++]);
                continue;
            }

            if (i == oldCount)
            {
                Record(BookUpdateAction.New, side, _current[j++]);
                continue;
            }

            long oldPrice = published[i].Price.Mantissa;
            long newPrice = _current[j].Price.Mantissa;
            if (oldPrice == newPrice)
            {
                if (published[i].Size != _current[j].Size || published[i].OrderCount != _current[j].OrderCount)
                {
                    Record(BookUpdateAction.Change, side, _current[j]);
                }

                i++;
                j++;
            }
            else if (side == Side.Buy ? oldPrice > newPrice : oldPrice < newPrice)
            {
                Record(BookUpdateAction.Delete, side, published[i++]); // better than anything now: it left the book
            }
            else
            {
                Record(BookUpdateAction.New, side, _current[j++]);
            }
        }
    }

    private void Record(BookUpdateAction action, Side side, in BookLevel level) => _ops[_opCount++] = new Op(action, side, level);

    private void Emit(InstrumentId instrument, IncrementKind kind, BookUpdateAction action, Side side, in BookLevel level, long tradeId)
    {
        if (_pendingCount == _pending.Length)
        {
            Grow();
        }

        _pending[_pendingCount++] = new MarketDataIncrement(instrument, ++Sequence, kind, action, side, level.Price, level.Size, level.OrderCount, tradeId);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow()
    {
        // Only a batch with more trades than 4 × depth + 64 gets here (a huge sweep); the array keeps its new size.
        Array.Resize(ref _pending, _pending.Length * 2);
    }

    private int Capture(OrderBook book, Side side, BookLevel[] destination)
    {
        int count = Math.Min(Depth, book.LevelCount(side));
        for (int depth = 0; depth < count; depth++)
        {
            destination[depth] = book.GetLevel(side, depth);
        }

        return count;
    }

    private readonly record struct Op(BookUpdateAction Action, Side Side, BookLevel Level);
}
