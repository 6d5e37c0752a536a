using LowLatency.Core;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// The levels of a book at one sequence (what a MarketDataSnapshotFullRefresh 35=W carries), best first,
/// captured into reusable arrays: a subscriber starts from it and applies incrementals with a higher sequence.
/// </summary>
public sealed class BookSnapshot
{
    /// <summary><see cref="MaxDepth"/> value meaning every level (arrays grow as needed on the rare path).</summary>
    public const int FullDepth = 0;

    private BookLevel[] _bids;
    private BookLevel[] _asks;
    private int _bidCount;
    private int _askCount;

    /// <param name="maxDepth">Levels per side to capture (MarketDepth(264)); <see cref="FullDepth"/> for all.</param>
    public BookSnapshot(int maxDepth = FullDepth)
    {
        if (maxDepth < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(maxDepth), $"depth must be 0 (full) or positive, got {maxDepth}");
        }

        MaxDepth = maxDepth;
        int initial = maxDepth == FullDepth ? 64 : maxDepth;
        _bids = new BookLevel[initial];
        _asks = new BookLevel[initial];
    }

    public int MaxDepth { get; }

    public InstrumentId Instrument { get; private set; }

    /// <summary>The book's sequence at capture: incrementals with a higher sequence follow this snapshot.</summary>
    public long Sequence { get; private set; }

    /// <summary>True when every level of both sides was captured (a replica can be built from it exactly).</summary>
    public bool IsComplete { get; private set; }

    public ReadOnlySpan<BookLevel> Bids => new(_bids, 0, _bidCount);

    public ReadOnlySpan<BookLevel> Asks => new(_asks, 0, _askCount);

    /// <summary>Copies the book's current levels; allocation-free once the arrays have reached the book's depth.</summary>
    public void CaptureFrom(OrderBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        Instrument = book.Instrument;
        Sequence = book.Sequence;
        bool bidsComplete = CaptureSide(book, Side.Buy, ref _bids, out _bidCount);
        bool asksComplete = CaptureSide(book, Side.Sell, ref _asks, out _askCount);
        IsComplete = bidsComplete && asksComplete;
    }

    private bool CaptureSide(OrderBook book, Side side, ref BookLevel[] levels, out int count)
    {
        int available = book.LevelCount(side);
        count = MaxDepth == FullDepth ? available : Math.Min(available, MaxDepth);
        if (count > levels.Length)
        {
            Array.Resize(ref levels, Math.Max(count, levels.Length * 2));
        }

        for (int depth = 0; depth < count; depth++)
        {
            levels[depth] = book.GetLevel(side, depth);
        }

        return count == available;
    }
}
