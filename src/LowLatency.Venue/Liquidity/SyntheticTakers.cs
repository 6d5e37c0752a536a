using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;
using LowLatency.Venue.Matching;
using MathNet.Numerics.Distributions;

namespace LowLatency.Venue.Liquidity;

/// <summary>
/// Random marketable IOC orders on one book at a Poisson rate: side leaning towards the process price
/// (buy when the book is below fair value), size uniform in lots, limit a few ticks through the touch.
/// </summary>
internal sealed class SyntheticTakers
{
    private readonly OrderBook _book;
    private readonly TakerConfig _config;
    private readonly System.Random _random;
    private long _nextId;

    public SyntheticTakers(OrderBook book, TakerConfig config, System.Random random, long idBase)
    {
        _book = book;
        _config = config;
        _random = random;
        _nextId = idBase;
    }

    /// <summary>Fires the orders that arrive during <paramref name="dtSeconds"/>; returns how many were sent.</summary>
    public int Fire<TListener>(MatchingEngine<TListener> engine, double fairPrice, double dtSeconds)
        where TListener : struct, IMatchingListener
    {
        double rate = _config.OrdersPerSecond * dtSeconds;
        int count = rate > 0 ? Poisson.Sample(_random, rate) : 0;
        for (int i = 0; i < count; i++)
        {
            SendOne(engine, fairPrice);
        }

        return count;
    }

    private void SendOne<TListener>(MatchingEngine<TListener> engine, double fairPrice)
        where TListener : struct, IMatchingListener
    {
        bool hasBid = _book.TryGetBest(Side.Buy, out BookLevel bid);
        bool hasAsk = _book.TryGetBest(Side.Sell, out BookLevel ask);
        if (!hasBid && !hasAsk)
        {
            return;
        }

        // Lean 70/30 towards whichever side brings the book back to the process price.
        double mid = hasBid && hasAsk ? 0.5 * (bid.Price.ToDouble() + ask.Price.ToDouble()) : fairPrice;
        double buyProbability = mid < fairPrice ? 0.7 : mid > fairPrice ? 0.3 : 0.5;
        Side side = !hasAsk ? Side.Sell : !hasBid ? Side.Buy : _random.NextDouble() < buyProbability ? Side.Buy : Side.Sell;
        Price touch = side == Side.Buy ? ask.Price : bid.Price;
        long slippage = _random.Next(_config.MaxSlippageTicks + 1) * _book.Definition.TickSize.Mantissa;
        long mantissa = side == Side.Buy ? touch.Mantissa + slippage : Math.Max(_book.Definition.TickSize.Mantissa, touch.Mantissa - slippage);
        long lots = _config.MinLots + _random.NextInt64(_config.MaxLots - _config.MinLots + 1);
        var request = new NewOrderRequest(
            _book.Instrument,
            LiquidityOwners.Taker,
            ClientOrderId.FromNumber(++_nextId),
            side,
            OrderType.Limit,
            TimeInForce.ImmediateOrCancel,
            new Price(mantissa, touch.Scale),
            new Quantity(lots * _book.Definition.LotSize.Mantissa, _book.Definition.QuantityScale));
        engine.Submit(in request);
    }
}
