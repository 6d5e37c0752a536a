using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// The matching core of one instrument: a price–time priority limit order book over preallocated pools.
/// Commands arrive through <see cref="MatchingEngine{TListener}"/>; this type's public surface is read-only
/// views for snapshots, synthetic makers and tests. Single writer: only the matching thread touches it.
/// </summary>
/// <remarks>
/// Invariants (checked by the tests after random order flow):
/// <list type="number">
/// <item>Every order in the client-id index rests on exactly one level of its side, at its limit price, and
/// every resting order is in the index: immediate orders (market, IOC, FOK) leave before the command ends.</item>
/// <item>A level's TotalLots is the sum of its orders' LeavesLots and OrderCount their number; no level is empty.</item>
/// <item>Within a level, orders are in arrival order (head = oldest = first to fill). A replace keeps the
/// position only for a size decrease at the same price; any price change or size increase moves the order
/// to the tail of its (new) level, as if it had just arrived.</item>
/// <item>The book is never crossed after a command: best bid &lt; best ask.</item>
/// <item>Trades happen at the resting order's price. Quantities are whole lots, prices whole ticks.</item>
/// <item>Self-trade prevention is "cancel resting": an incoming order meeting a resting order of the same owner
/// cancels that resting order (reason <see cref="CancelReason.SelfTradePrevention"/>) and keeps matching, so
/// an owner never trades with itself. FOK counts only other owners' liquidity.</item>
/// <item>Every change to a level emits one <see cref="BookLevelUpdate"/> with the level's absolute size and
/// count; level updates and trades carry a per-instrument sequence that increases by one each.</item>
/// </list>
/// </remarks>
public sealed partial class OrderBook
{
    /// <summary>Largest order in lots: keeps level sums and ticks × lots products far from overflow.</summary>
    public const long MaxOrderLots = 1_000_000_000_000;

    private const int None = -1;

    private readonly VenueSequences _ids;
    private readonly Instrument _definition;
    private readonly InstrumentId _instrument;
    private readonly long _tick;
    private readonly long _lot;
    private readonly int _priceScale;
    private readonly int _quantityScale;
    private readonly long _maxLots;
    private readonly OrderNode[] _orders;
    private readonly PriceLevel[] _levels;
    private readonly int[] _buckets;
    private readonly int _bucketMask;
    private int _freeOrder;
    private int _freeLevel;
    private int _openOrders;
    private BookSide _bids;
    private BookSide _asks;
    private long _sequence;

    internal OrderBook(Instrument definition, int capacity, int initialLevelsPerSide, VenueSequences ids)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (capacity is < 1 or > (1 << 24))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(capacity), $"order capacity per book must be 1..{1 << 24}, got {capacity}");
        }

        if (!definition.TickSize.IsPositive || !definition.LotSize.IsPositive)
        {
            ThrowHelper.ThrowArgument(nameof(definition), $"{definition.Symbol}: tick size and lot size must be positive");
        }

        _definition = definition;
        _instrument = definition.Id;
        _ids = ids;
        _tick = definition.TickSize.Mantissa;
        _lot = definition.LotSize.Mantissa;
        _priceScale = definition.PriceScale;
        _quantityScale = definition.QuantityScale;
        // A level's total (≤ capacity orders) must still fit a Quantity mantissa once multiplied by the lot.
        _maxLots = Math.Max(1, Math.Min(MaxOrderLots, long.MaxValue / _lot / capacity));

        _orders = new OrderNode[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _orders[i].Next = i + 1 < capacity ? i + 1 : None;
            _orders[i].Level = None;
        }

        _levels = new PriceLevel[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _levels[i].NextFree = i + 1 < capacity ? i + 1 : None;
        }

        int buckets = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _buckets = new int[buckets];
        Array.Fill(_buckets, None);
        _bucketMask = buckets - 1;

        int sideCapacity = Math.Clamp(initialLevelsPerSide, 4, capacity);
        _bids = new BookSide(sideCapacity);
        _asks = new BookSide(sideCapacity);
    }

    public InstrumentId Instrument => _instrument;

    /// <summary>Reference data the book was built from (tick, lot, scales, symbol).</summary>
    public Instrument Definition => _definition;

    /// <summary>Sequence of the last level update or trade (0 before any): a snapshot taken now is "as of" it.</summary>
    public long Sequence => _sequence;

    /// <summary>Orders resting in the book.</summary>
    public int OpenOrderCount => _openOrders;

    /// <summary>Orders the pool can hold; new orders beyond it are rejected.</summary>
    public int Capacity => _orders.Length;

    /// <summary>Largest order accepted, in lots (the smaller of <see cref="MaxOrderLots"/> and what the pool size keeps exact).</summary>
    public long MaxLots => _maxLots;

    public int LevelCount(Side side) => side == Side.Buy ? _bids.Count : _asks.Count;

    /// <summary>The level <paramref name="depth"/> below the best of <paramref name="side"/> (0 = best).</summary>
    public BookLevel GetLevel(Side side, int depth)
    {
        ref BookSide book = ref SideOf(side);
        if ((uint)depth >= (uint)book.Count)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(depth), $"depth {depth} is beyond the {book.Count} levels of the {side} side");
        }

        ref PriceLevel level = ref _levels[book.LevelAtDepth(depth)];
        return new BookLevel(PriceOf(level.PriceTicks), QuantityOf(level.TotalLots), level.OrderCount);
    }

    public bool TryGetBest(Side side, out BookLevel level)
    {
        ref BookSide book = ref SideOf(side);
        if (book.Count == 0)
        {
            level = default;
            return false;
        }

        ref PriceLevel best = ref _levels[book.BestLevel];
        level = new BookLevel(PriceOf(best.PriceTicks), QuantityOf(best.TotalLots), best.OrderCount);
        return true;
    }

    /// <summary>The live order keyed by (<paramref name="owner"/>, <paramref name="clientOrderId"/>), O(1).</summary>
    public bool TryGetOrder(int owner, in ClientOrderId clientOrderId, out OrderView order)
    {
        int slot = FindOrder(owner, clientOrderId);
        if (slot == None)
        {
            order = default;
            return false;
        }

        order = ViewOf(ref _orders[slot]);
        return true;
    }

    /// <summary>Copies the orders at one level in priority order (first to fill first); returns how many were written.</summary>
    public int CopyLevelOrders(Side side, int depth, Span<OrderView> destination)
    {
        ref BookSide book = ref SideOf(side);
        if ((uint)depth >= (uint)book.Count)
        {
            return 0;
        }

        int written = 0;
        for (int slot = _levels[book.LevelAtDepth(depth)].Head; slot != None && written < destination.Length; slot = _orders[slot].Next)
        {
            destination[written++] = ViewOf(ref _orders[slot]);
        }

        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref BookSide SideOf(Side side) => ref side == Side.Buy ? ref _bids : ref _asks;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Price PriceOf(long ticks) => new(ticks * _tick, _priceScale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Quantity QuantityOf(long lots) => new(lots * _lot, _quantityScale);

    private OrderView ViewOf(ref OrderNode o) => new()
    {
        OrderId = o.OrderId,
        Owner = o.Owner,
        ClientOrderId = o.ClientOrderId,
        Side = o.Side,
        OrderType = o.Type,
        TimeInForce = o.TimeInForce,
        Price = PriceOf(o.PriceTicks),
        OrderQuantity = QuantityOf(o.OrderLots),
        CumulativeQuantity = QuantityOf(o.CumLots),
        LeavesQuantity = QuantityOf(o.LeavesLots),
        AveragePrice = AveragePriceOf(ref o),
        Status = StatusOf(ref o),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static OrderStatus StatusOf(ref OrderNode o) =>
        o.CumLots == 0 ? OrderStatus.New : o.LeavesLots == 0 ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
}
