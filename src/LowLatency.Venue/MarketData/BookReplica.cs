using LowLatency.Core;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// A subscriber's copy of one instrument's book: a full-depth snapshot, then incrementals in sequence.
/// Equal to the venue's book level for level after every batch (tested over random flow); detects gaps and
/// contradictions and then refuses updates until the next snapshot, rather than drift silently.
/// </summary>
public sealed class BookReplica
{
    private ReplicaSide _bids;
    private ReplicaSide _asks;
    private int _priceScale = -1;

    public BookReplica(InstrumentId instrument, int initialLevelsPerSide = 64)
    {
        Instrument = instrument;
        int capacity = Math.Max(4, initialLevelsPerSide);
        _bids = new ReplicaSide(capacity);
        _asks = new ReplicaSide(capacity);
    }

    public InstrumentId Instrument { get; }

    /// <summary>Sequence of the snapshot or of the last entry applied.</summary>
    public long Sequence { get; private set; }

    /// <summary>False before the first snapshot and after a gap or an inconsistent entry.</summary>
    public bool IsSynchronized { get; private set; }

    public long LastTradeId { get; private set; }

    public Price LastTradePrice { get; private set; }

    public Quantity LastTradeQuantity { get; private set; }

    public int LevelCount(Side side) => side == Side.Buy ? _bids.Count : _asks.Count;

    /// <summary>The level <paramref name="depth"/> below the best (0 = best).</summary>
    public BookLevel GetLevel(Side side, int depth)
    {
        if ((uint)depth >= (uint)LevelCount(side))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(depth), $"depth {depth} is beyond the {LevelCount(side)} levels of the {side} side");
        }

        return side == Side.Buy ? _bids.AtDepth(depth) : _asks.AtDepth(depth);
    }

    public bool TryGetBest(Side side, out BookLevel level)
    {
        if (LevelCount(side) == 0)
        {
            level = default;
            return false;
        }

        level = GetLevel(side, 0);
        return true;
    }

    /// <summary>Replaces the whole book; the snapshot must be complete (full depth) for the replica to stay exact.</summary>
    public void ApplySnapshot(BookSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Instrument != Instrument)
        {
            ThrowHelper.ThrowArgument(nameof(snapshot), $"snapshot of {snapshot.Instrument} applied to the replica of {Instrument}");
        }

        if (!snapshot.IsComplete)
        {
            ThrowHelper.ThrowArgument(nameof(snapshot), "a replica needs a full-depth snapshot: incrementals cover every level");
        }

        ApplySnapshot(snapshot.Sequence, snapshot.Bids, snapshot.Asks);
    }

    /// <summary>Replaces the whole book from decoded snapshot levels (best first per side) as of <paramref name="sequence"/>.</summary>
    public void ApplySnapshot(long sequence, ReadOnlySpan<BookLevel> bidsBestFirst, ReadOnlySpan<BookLevel> asksBestFirst)
    {
        _bids.Clear();
        _asks.Clear();
        IsSynchronized = true;
        for (int i = bidsBestFirst.Length - 1; i >= 0 && IsSynchronized; i--)
        {
            IsSynchronized = ApplyLevel(BookUpdateAction.New, Side.Buy, bidsBestFirst[i]);
        }

        for (int i = asksBestFirst.Length - 1; i >= 0 && IsSynchronized; i--)
        {
            IsSynchronized = ApplyLevel(BookUpdateAction.New, Side.Sell, asksBestFirst[i]);
        }

        Sequence = sequence;
    }

    /// <summary>Applies one incremental entry if it is the next in sequence.</summary>
    public ReplicaUpdateResult Apply(in MarketDataIncrement entry)
    {
        if (entry.Instrument != Instrument)
        {
            return ReplicaUpdateResult.WrongInstrument;
        }

        if (!IsSynchronized)
        {
            return ReplicaUpdateResult.NotSynchronized;
        }

        if (entry.Sequence <= Sequence)
        {
            return ReplicaUpdateResult.Stale;
        }

        if (entry.Sequence != Sequence + 1)
        {
            IsSynchronized = false;
            return ReplicaUpdateResult.Gap;
        }

        if (entry.Kind == IncrementKind.Trade)
        {
            LastTradeId = entry.TradeId;
            LastTradePrice = entry.Price;
            LastTradeQuantity = entry.Size;
        }
        else if (!ApplyLevel(entry.Action, entry.Side, new BookLevel(entry.Price, entry.Size, entry.OrderCount)))
        {
            IsSynchronized = false;
            return ReplicaUpdateResult.Inconsistent;
        }

        Sequence = entry.Sequence;
        return ReplicaUpdateResult.Applied;
    }

    private bool ApplyLevel(BookUpdateAction action, Side side, in BookLevel level)
    {
        if (_priceScale < 0)
        {
            _priceScale = level.Price.Scale;
        }

        if (!level.Price.TryRescale(_priceScale, out Price price) || side is not (Side.Buy or Side.Sell))
        {
            return false;
        }

        ref ReplicaSide book = ref side == Side.Buy ? ref _bids : ref _asks;
        long key = side == Side.Buy ? price.Mantissa : -price.Mantissa;
        bool found = book.TryFind(key, out int position);
        switch (action)
        {
            case BookUpdateAction.New when !found && level.Size.IsPositive:
                book.InsertAt(position, key, level);
                return true;
            case BookUpdateAction.Change when found && level.Size.IsPositive:
                book.Set(position, level);
                return true;
            case BookUpdateAction.Delete when found:
                book.RemoveAt(position);
                return true;
            default:
                return false;
        }
    }
}
