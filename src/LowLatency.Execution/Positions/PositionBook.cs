using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Instruments;
using LowLatency.Model.Fills;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Positions;

/// <summary>
/// Positions per instrument and per (instrument, venue), built only from fills: the book is a pure function of the
/// fill sequence (<see cref="Rebuild"/> replays a journal into the same state, bit for bit). Marks only affect
/// unrealised PnL. Single writer (the decision thread); no allocation after construction.
/// </summary>
public sealed class PositionBook
{
    private readonly InstrumentTable _instruments;
    private readonly VenueTable _venues;
    private readonly PositionState[] _total;
    private readonly PositionState[] _byVenue;
    private long _lastSequence;

    public PositionBook(InstrumentTable instruments, VenueTable venues)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(venues);
        _instruments = instruments;
        _venues = venues;
        _total = new PositionState[instruments.Count];
        _byVenue = new PositionState[instruments.Count * venues.Count];
    }

    /// <summary>Sequence of the last fill applied (journals check continuity with it).</summary>
    public long LastSequence => _lastSequence;

    /// <summary>Replays a fill journal into a fresh book: what a restarted engine does before trading.</summary>
    public static PositionBook Rebuild(InstrumentTable instruments, VenueTable venues, ReadOnlySpan<FillEvent> journal)
    {
        var book = new PositionBook(instruments, venues);
        foreach (ref readonly FillEvent fill in journal)
        {
            if (!book.Apply(in fill))
            {
                Core.ThrowHelper.ThrowArgument(nameof(journal), $"fill {fill.Sequence} names an unknown instrument {fill.Instrument.Value} or venue {fill.Venue.Value}");
            }
        }

        return book;
    }

    /// <summary>Applies a fill by ids; false (nothing changed) for an unknown instrument/venue or a fill off the instrument's scales.</summary>
    public bool Apply(in FillEvent fill)
    {
        if (!_instruments.TryGetIndex(fill.Instrument, out int instrument) || !_venues.TryGetIndex(fill.Venue, out int venue) ||
            !_instruments.TryQuantityMantissa(instrument, fill.Quantity, out long quantity) ||
            !_instruments.TryPriceMantissa(instrument, fill.Price, out long price) || quantity <= 0)
        {
            return false;
        }

        Apply(instrument, venue, fill.Side, quantity, price, fill.Fee, fill.Sequence);
        return true;
    }

    /// <summary>Hot path: dense indexes and mantissas at the instrument's scales.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Apply(int instrument, int venue, Side side, long quantity, long price, double fee, long sequence)
    {
        ref readonly InstrumentInfo info = ref _instruments[instrument];
        double px = info.PriceToDouble(price);
        _total[instrument].Apply(in info, side, quantity, px, fee);
        _byVenue[(instrument * _venues.Count) + venue].Apply(in info, side, quantity, px, fee);
        _lastSequence = sequence;
    }

    /// <summary>Sets the mark (e.g. the mid) used for unrealised PnL.</summary>
    public void Mark(InstrumentId instrument, Price price)
    {
        if (_instruments.TryGetIndex(instrument, out int index))
        {
            Mark(index, price.ToDouble());
        }
    }

    internal void Mark(int instrument, double price)
    {
        _total[instrument].Mark = price;
        int venues = _venues.Count;
        for (int v = 0; v < venues; v++)
        {
            _byVenue[(instrument * venues) + v].Mark = price;
        }
    }

    /// <summary>Net quantity mantissa of an instrument (all venues), for pre-trade risk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long Net(int instrument) => _total[instrument].Net;

    /// <summary>The instrument's total over all venues.</summary>
    public PositionSnapshot Get(InstrumentId instrument)
    {
        if (!_instruments.TryGetIndex(instrument, out int index))
        {
            Core.ThrowHelper.ThrowArgument(nameof(instrument), $"instrument {instrument.Value} is not configured");
        }

        return Snapshot(index, null, in _total[index]);
    }

    /// <summary>The instrument's position on one venue.</summary>
    public PositionSnapshot Get(InstrumentId instrument, VenueId venue)
    {
        if (!_instruments.TryGetIndex(instrument, out int index) || !_venues.TryGetIndex(venue, out int v))
        {
            Core.ThrowHelper.ThrowArgument(nameof(instrument), $"instrument {instrument.Value} or venue {venue.Value} is not configured");
            return default;
        }

        return Snapshot(index, venue, in _byVenue[(index * _venues.Count) + v]);
    }

    /// <summary>Hot-path snapshot by dense index (for fill listeners).</summary>
    internal PositionSnapshot Snapshot(int instrument) => Snapshot(instrument, null, in _total[instrument]);

    public double TotalRealisedPnl()
    {
        double sum = 0;
        foreach (ref readonly PositionState p in _total.AsSpan())
        {
            sum += p.Realised;
        }

        return sum;
    }

    public double TotalUnrealisedPnl()
    {
        double sum = 0;
        for (int i = 0; i < _total.Length; i++)
        {
            sum += _total[i].Unrealised(in _instruments[i]);
        }

        return sum;
    }

    public double TotalFees()
    {
        double sum = 0;
        foreach (ref readonly PositionState p in _total.AsSpan())
        {
            sum += p.Fees;
        }

        return sum;
    }

    private PositionSnapshot Snapshot(int index, VenueId? venue, in PositionState p)
    {
        ref readonly InstrumentInfo info = ref _instruments[index];
        return new PositionSnapshot
        {
            Instrument = info.Id,
            Venue = venue,
            NetQuantity = info.ToQuantity(p.Net),
            AverageCost = p.AverageCost,
            RealisedPnl = p.Realised,
            UnrealisedPnl = p.Unrealised(in info),
            Fees = p.Fees,
            BoughtQuantity = info.ToQuantity(p.Bought),
            SoldQuantity = info.ToQuantity(p.Sold),
            FillCount = p.Fills,
            MarkPrice = p.Mark,
        };
    }
}
