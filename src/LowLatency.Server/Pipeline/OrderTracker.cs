using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// What the policies still count as in flight per order, so an order's unfilled remainder can be handed back to
/// <c>RebalancingEngine.OnOrderDone</c> when it ends (cancel, reject, expiry). Indexed like the engine's order table:
/// the low bits of every ClOrdID number are its slot (capacity is a power of two), so lookups are O(1) without a
/// dictionary. Decision thread only.
/// </summary>
public sealed class OrderTracker
{
    private readonly Entry[] _entries;
    private readonly long _mask;

    public OrderTracker(int capacity)
    {
        if (capacity < 1 || (capacity & (capacity - 1)) != 0)
        {
            Core.ThrowHelper.ThrowArgumentOutOfRange(nameof(capacity), "capacity must be a power of two (the order table's)");
        }

        _entries = new Entry[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Orders sent whose end has not been seen.</summary>
    public int Open { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnSent(long clOrdId, InstrumentId instrument, double signedContracts)
    {
        ref Entry e = ref _entries[(int)(clOrdId & _mask)];
        Open += e.Open ? 0 : 1;
        e.FirstClOrdId = clOrdId;
        e.Instrument = instrument;
        e.SignedQuantity = signedContracts;
        e.SignedFilled = 0;
        e.Open = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnFill(long clOrdId, double signedContracts)
    {
        ref Entry e = ref _entries[(int)(clOrdId & _mask)];
        if (e.Open)
        {
            e.SignedFilled += signedContracts;
        }
    }

    /// <summary>The order ended: its unfilled signed remainder (0 when fully filled or unknown) and instrument.</summary>
    public bool TryEnd(long clOrdId, out InstrumentId instrument, out double signedUnfilled)
    {
        ref Entry e = ref _entries[(int)(clOrdId & _mask)];
        instrument = e.Instrument;
        signedUnfilled = 0;
        if (!e.Open || clOrdId == 0)
        {
            return false;
        }

        e.Open = false;
        Open--;
        double rest = e.SignedQuantity - e.SignedFilled;
        signedUnfilled = Math.Sign(rest) == Math.Sign(e.SignedQuantity) ? rest : 0;
        return true;
    }

    private struct Entry
    {
        public long FirstClOrdId;
        public InstrumentId Instrument;
        public double SignedQuantity;
        public double SignedFilled;
        public bool Open;
    }
}
