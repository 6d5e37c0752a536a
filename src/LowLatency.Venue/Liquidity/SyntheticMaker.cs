using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Liquidity;

/// <summary>
/// Quotes <see cref="MakerConfig.Levels"/> GTC orders per side of one book around the process price and
/// keeps them there: a quote that filled is re-entered, one whose target price moved is replaced (new
/// ClOrdID). Reconciles against the book by (owner, ClOrdID) lookups, so it needs no execution feed.
/// </summary>
internal sealed class SyntheticMaker
{
    private readonly OrderBook _book;
    private readonly MakerConfig _config;
    private readonly long _tick;
    private readonly double _tickValue;
    private readonly long _lot;
    private readonly ClientOrderId[] _bidIds;
    private readonly ClientOrderId[] _askIds;
    private readonly long[] _bidTicks;
    private readonly long[] _askTicks;
    private double _lastFair = double.NaN;
    private long _nextId;

    public SyntheticMaker(OrderBook book, MakerConfig config, long idBase)
    {
        _book = book;
        _config = config;
        _tick = book.Definition.TickSize.Mantissa;
        _tickValue = book.Definition.TickSize.ToDouble();
        _lot = book.Definition.LotSize.Mantissa;
        _bidIds = new ClientOrderId[config.Levels];
        _askIds = new ClientOrderId[config.Levels];
        _bidTicks = new long[config.Levels];
        _askTicks = new long[config.Levels];
        _nextId = idBase;
    }

    /// <summary>Moves every quote to its target around <paramref name="fairPrice"/>; the side moving away goes first so own quotes never cross.</summary>
    public void Requote<TListener>(MatchingEngine<TListener> engine, double fairPrice)
        where TListener : struct, IMatchingListener
    {
        double halfSpreadTicks = Math.Max(1.0, fairPrice * _config.HalfSpreadBps / 10_000.0 / _tickValue);
        long spacingTicks = Math.Max(1L, (long)Math.Round(fairPrice * _config.LevelSpacingBps / 10_000.0 / _tickValue));
        double fairTicks = fairPrice / _tickValue;
        long bestBid = Math.Max(1L, (long)Math.Floor(fairTicks - halfSpreadTicks));
        long bestAsk = Math.Max(bestBid + 1, (long)Math.Ceiling(fairTicks + halfSpreadTicks));
        bool rising = !(fairPrice < _lastFair);
        _lastFair = fairPrice;
        if (rising)
        {
            QuoteSide(engine, Side.Sell, bestAsk, spacingTicks);
            QuoteSide(engine, Side.Buy, bestBid, -spacingTicks);
        }
        else
        {
            QuoteSide(engine, Side.Buy, bestBid, -spacingTicks);
            QuoteSide(engine, Side.Sell, bestAsk, spacingTicks);
        }
    }

    private void QuoteSide<TListener>(MatchingEngine<TListener> engine, Side side, long bestTicks, long step)
        where TListener : struct, IMatchingListener
    {
        ClientOrderId[] ids = side == Side.Buy ? _bidIds : _askIds;
        long[] quoted = side == Side.Buy ? _bidTicks : _askTicks;
        int scale = _book.Definition.PriceScale;
        int quantityScale = _book.Definition.QuantityScale;
        for (int level = 0; level < ids.Length; level++)
        {
            long target = bestTicks + (step * level);
            if (target <= 0)
            {
                continue;
            }

            long lots = _config.QuantityLots + (_config.QuantityStepLots * level);
            var price = new Price(target * _tick, scale);
            if (!ids[level].IsEmpty && _book.TryGetOrder(LiquidityOwners.Maker, ids[level], out OrderView live))
            {
                if (quoted[level] == target)
                {
                    continue;
                }

                // New total = filled + a full level, so the quote shows its configured size again.
                var quantity = new Quantity(live.CumulativeQuantity.Mantissa + (lots * _lot), quantityScale);
                ClientOrderId next = ClientOrderId.FromNumber(++_nextId);
                engine.Replace(new ReplaceRequest(_book.Instrument, LiquidityOwners.Maker, next, ids[level], side, price, quantity));
                ids[level] = next;
            }
            else
            {
                ids[level] = ClientOrderId.FromNumber(++_nextId);
                engine.Submit(new NewOrderRequest(_book.Instrument, LiquidityOwners.Maker, ids[level], side, OrderType.Limit, TimeInForce.GoodTillCancel, price, new Quantity(lots * _lot, quantityScale)));
            }

            quoted[level] = target;
        }
    }
}
