using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Support;

/// <summary>
/// Allocation-free synthetic order flow for one book: passive adds around a fixed mid, cancels and
/// replaces of the oldest live orders, and marketable IOC orders, from a seeded xorshift.
/// </summary>
internal sealed class MixedFlow<TListener>
    where TListener : struct, IMatchingListener
{
    private readonly MatchingEngine<TListener> _engine;
    private readonly OrderBook _book;
    private readonly long[] _live = new long[2048];
    private readonly Side[] _liveSide = new Side[2048];
    private readonly int[] _liveOwner = new int[2048];
    private int _head;
    private int _count;
    private ulong _state;
    private long _nextId = 1;

    public MixedFlow(MatchingEngine<TListener> engine, OrderBook book, ulong seed)
    {
        _engine = engine;
        _book = book;
        _state = seed | 1;
    }

    public long MidTicks { get; init; } = 10_000;

    public void Step()
    {
        uint roll = Next(100);
        if (roll < 25 && _count > 0)
        {
            long id = PopOldest(out _, out int owner);
            _engine.Cancel(new CancelRequest(_book.Instrument, owner, ClientOrderId.FromNumber(-id), ClientOrderId.FromNumber(id)));
        }
        else if (roll < 35 && _count > 0)
        {
            long id = PopOldest(out Side side, out int owner);
            long newId = _nextId++;
            long ticks = side == Side.Buy ? MidTicks - 1 - Next(20) : MidTicks + 1 + Next(20);
            _engine.Replace(new ReplaceRequest(_book.Instrument, owner, ClientOrderId.FromNumber(newId), ClientOrderId.FromNumber(id), side, Px(ticks), Qty(1 + Next(10))));
            Push(newId, side, owner);
        }
        else if (roll < 55)
        {
            Side side = Next(2) == 0 ? Side.Buy : Side.Sell;
            long ticks = side == Side.Buy ? MidTicks + Next(3) : MidTicks - Next(3);
            long id = _nextId++;
            _engine.Submit(new NewOrderRequest(_book.Instrument, 1 + (int)(id & 3), ClientOrderId.FromNumber(id), side, OrderType.Limit, TimeInForce.ImmediateOrCancel, Px(ticks), Qty(1 + Next(15))));
        }
        else
        {
            Side side = Next(2) == 0 ? Side.Buy : Side.Sell;
            long ticks = side == Side.Buy ? MidTicks - Next(20) : MidTicks + 1 + Next(20);
            long id = _nextId++;
            _engine.Submit(new NewOrderRequest(_book.Instrument, 1 + (int)(id & 3), ClientOrderId.FromNumber(id), side, OrderType.Limit, TimeInForce.GoodTillCancel, Px(ticks), Qty(1 + Next(10))));
            if (_count == _live.Length)
            {
                long oldest = PopOldest(out _, out int oldestOwner);
                _engine.Cancel(new CancelRequest(_book.Instrument, oldestOwner, ClientOrderId.FromNumber(-oldest), ClientOrderId.FromNumber(oldest)));
            }

            Push(id, side, 1 + (int)(id & 3));
        }
    }

    private Price Px(long ticks) => new(ticks * _book.Definition.TickSize.Mantissa, _book.Definition.PriceScale);

    private Quantity Qty(long lots) => new(lots * _book.Definition.LotSize.Mantissa, _book.Definition.QuantityScale);

    private void Push(long id, Side side, int owner)
    {
        int slot = (_head + _count) % _live.Length;
        _live[slot] = id;
        _liveSide[slot] = side;
        _liveOwner[slot] = owner;
        _count++;
    }

    private long PopOldest(out Side side, out int owner)
    {
        long id = _live[_head];
        side = _liveSide[_head];
        owner = _liveOwner[_head];
        _head = (_head + 1) % _live.Length;
        _count--;
        return id;
    }

    private uint Next(uint bound)
    {
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return (uint)(_state % bound);
    }
}
