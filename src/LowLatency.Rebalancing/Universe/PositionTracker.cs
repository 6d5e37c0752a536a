using System.Runtime.CompilerServices;

namespace LowLatency.Rebalancing.Universe;

/// <summary>
/// Per instrument slot: the position (a mirror of the risk book's, kept by the engine's fill path), the quantity
/// still in flight from intents already emitted, and the average entry price. Policies decide on the projected
/// position = position + in flight, so an intent is never emitted twice while its order works: on the next tick
/// the band already counts it.
/// </summary>
/// <remarks>
/// In-flight quantity leaves through fills (<see cref="OnFill"/>), order ends (<see cref="OnOrderDone"/>: cancel,
/// reject, expiry) or, as a safety net against a lost acknowledgement, after the pending timeout. Quantities are
/// signed contracts. Single-threaded (the decision thread).
/// </remarks>
public sealed class PositionTracker
{
    private readonly double[] _position;
    private readonly double[] _pending;
    private readonly long[] _pendingSince;
    private readonly double[] _entry;
    private readonly double[] _multiplier;
    private int _pendingSlots;
    private long _oldestPendingNs = long.MaxValue;

    internal PositionTracker(ReadOnlySpan<double> positions, ReadOnlySpan<double> entryPrices, ReadOnlySpan<double> multipliers)
    {
        _position = positions.ToArray();
        _entry = entryPrices.ToArray();
        _multiplier = multipliers.ToArray();
        _pending = new double[positions.Length];
        _pendingSince = new long[positions.Length];
    }

    /// <summary>Signed position in contracts (fills applied).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Position(int slot) => _position[slot];

    /// <summary>Signed contracts emitted but neither filled nor ended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Pending(int slot) => _pending[slot];

    /// <summary>Position once everything in flight fills.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Projected(int slot) => _position[slot] + _pending[slot];

    /// <summary>Average entry price per unit of underlying (NaN until the first mark or fill).</summary>
    public double EntryPrice(int slot) => _entry[slot];

    /// <summary>Realised P&amp;L in currency from closing trades since start.</summary>
    public double RealizedPnl { get; private set; }

    /// <summary>True when any slot has quantity in flight (policies skip the projection when false).</summary>
    public bool AnyPending => _pendingSlots != 0;

    /// <summary>Records an emitted intent.</summary>
    internal void AddPending(int slot, double signedContracts, long nowNs)
    {
        ref double p = ref _pending[slot];
        if (p == 0)
        {
            _pendingSlots++;
        }

        p += signedContracts;
        if (p == 0)
        {
            _pendingSlots--;
        }

        _pendingSince[slot] = nowNs;
        _oldestPendingNs = Math.Min(_oldestPendingNs, nowNs);
    }

    /// <summary>A fill of <paramref name="signedContracts"/> at <paramref name="price"/> per unit of underlying.</summary>
    internal void OnFill(int slot, double signedContracts, double price)
    {
        double q = _position[slot];
        ref double entry = ref _entry[slot];
        if (q == 0 || Math.Sign(q) == Math.Sign(signedContracts) || double.IsNaN(entry))
        {
            double total = Math.Abs(q) + Math.Abs(signedContracts);
            entry = q == 0 || double.IsNaN(entry) ? price : (Math.Abs(q) * entry + Math.Abs(signedContracts) * price) / total;
        }
        else
        {
            double closed = Math.Min(Math.Abs(q), Math.Abs(signedContracts));
            RealizedPnl += closed * _multiplier[slot] * (price - entry) * Math.Sign(q);
            if (Math.Abs(signedContracts) > Math.Abs(q))
            {
                entry = price; // flipped: the remainder opened at this price
            }
        }

        _position[slot] = q + signedContracts;
        ReducePending(slot, signedContracts);
    }

    /// <summary>An order ended with <paramref name="unfilledSignedContracts"/> never filled (cancel, reject, expiry).</summary>
    internal void OnOrderDone(int slot, double unfilledSignedContracts) => ReducePending(slot, unfilledSignedContracts);

    /// <summary>Seeds the entry price of a slot that has none (first mark of a starting position).</summary>
    internal void SeedEntry(int slot, double price)
    {
        if (double.IsNaN(_entry[slot]) && price > 0)
        {
            _entry[slot] = price;
        }
    }

    /// <summary>Drops in-flight quantity older than the timeout (O(1) unless something is that old).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Expire(long nowNs, long timeoutNs)
    {
        if (_pendingSlots != 0 && nowNs - _oldestPendingNs > timeoutNs)
        {
            ExpireSlow(nowNs, timeoutNs);
        }
    }

    /// <summary>Re-reads positions (cold path: after a restart or a reconciliation).</summary>
    internal void SetPosition(int slot, double contracts) => _position[slot] = contracts;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ExpireSlow(long nowNs, long timeoutNs)
    {
        long oldest = long.MaxValue;
        for (int i = 0; i < _pending.Length; i++)
        {
            if (_pending[i] == 0)
            {
                continue;
            }

            if (nowNs - _pendingSince[i] > timeoutNs)
            {
                _pending[i] = 0;
                _pendingSlots--;
            }
            else
            {
                oldest = Math.Min(oldest, _pendingSince[i]);
            }
        }

        _oldestPendingNs = oldest;
    }

    // Moves pending toward zero by a fill or an unfilled remainder of the same sign, never past zero.
    private void ReducePending(int slot, double signedContracts)
    {
        ref double p = ref _pending[slot];
        if (p == 0 || Math.Sign(p) != Math.Sign(signedContracts))
        {
            return;
        }

        double rest = p - signedContracts;
        p = Math.Sign(rest) == Math.Sign(p) && Math.Abs(rest) > 1e-12 * Math.Abs(p) ? rest : 0;
        if (p == 0)
        {
            _pendingSlots--;
        }
    }
}
