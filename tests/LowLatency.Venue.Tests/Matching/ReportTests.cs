using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class ReportTests
{
    private readonly VenueFixture _venue = new();

    [Fact]
    public void EventsOfOneMatchComeInTheDocumentedOrder()
    {
        _venue.Sell(1, "s1", "100.00", "2");
        _venue.Log.Clear();

        _venue.Buy(2, "b1", "100.00", "5");

        Assert.Collection(
            _venue.Log.All,
            e => Assert.Equal((ExecType.New, "b1"), (((ExecutionReport)e).ExecType, ((ExecutionReport)e).ClientOrderId.ToString())),
            e => Assert.Equal((LiquidityIndicator.Maker, "s1"), (((ExecutionReport)e).Liquidity, ((ExecutionReport)e).ClientOrderId.ToString())),
            e => Assert.Equal((LiquidityIndicator.Taker, "b1"), (((ExecutionReport)e).Liquidity, ((ExecutionReport)e).ClientOrderId.ToString())),
            e => Assert.IsType<TradeReport>(e),
            e => Assert.Equal(BookUpdateAction.Delete, ((BookLevelUpdate)e).Action),
            e => Assert.Equal((BookUpdateAction.New, Side.Buy), (((BookLevelUpdate)e).Action, ((BookLevelUpdate)e).Side)),
            e => Assert.Equal((VenueFixture.Acme, 4L), ((Core.Ids.InstrumentId, long))e));
    }

    [Fact]
    public void BothSidesOfAMatchShareTheTradeIdAndExecutionIdsStrictlyIncrease()
    {
        _venue.Sell(1, "s1", "100.00", "2");
        _venue.Sell(1, "s2", "100.01", "2");
        _venue.Buy(2, "b1", "100.01", "4");
        _venue.Cancel(1, "c", "nope");

        var fills = _venue.Log.Executions.Where(e => e.ExecType == ExecType.Trade).ToList();
        Assert.Equal(4, fills.Count);
        Assert.Equal(fills[0].TradeId, fills[1].TradeId);
        Assert.Equal(fills[2].TradeId, fills[3].TradeId);
        Assert.True(fills[2].TradeId > fills[0].TradeId);
        Assert.Equal(_venue.Log.Trades.Select(t => t.TradeId), [fills[0].TradeId, fills[2].TradeId]);
        var ids = _venue.Log.Executions.Select(e => e.ExecutionId).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(_venue.Engine.LastExecutionId, ids[^1]);
    }

    [Fact]
    public void MarketDataSequenceIncreasesByOneAcrossLevelUpdatesAndTrades()
    {
        _venue.Sell(1, "s1", "100.00", "2");
        _venue.Sell(1, "s2", "100.01", "2");
        _venue.Buy(2, "b1", "100.01", "5");
        _venue.Replace(2, "b2", "b1", Side.Buy, "99.00", "5");
        _venue.Cancel(2, "c", "b2");

        var sequences = _venue.Log.All
            .Select(e => e switch { BookLevelUpdate l => l.Sequence, TradeReport t => t.Sequence, _ => 0 })
            .Where(s => s != 0)
            .ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(_venue.Book.Sequence, sequences[^1]);
        Assert.Equal(_venue.Book.Sequence, _venue.Log.Batches[^1].Sequence);
        Assert.Equal(5, _venue.Log.Batches.Count);
    }

    [Fact]
    public void AveragePriceIsExactWithExtraDecimalsWhenFillsStraddleATick()
    {
        _venue.Limit(1, "s1", Side.Sell, "100.0", "0.001", instrument: VenueFixture.Btc);
        _venue.Limit(1, "s2", Side.Sell, "100.5", "0.002", instrument: VenueFixture.Btc);

        _venue.Limit(2, "b1", Side.Buy, "100.5", "0.003", instrument: VenueFixture.Btc);

        ExecutionReport last = _venue.ExecutionsFor("b1")[^1];
        Assert.Equal(VenueFixture.Px("100.33333"), last.AveragePrice);
        Assert.Equal(5, last.AveragePrice.Scale);
        Assert.Equal(VenueFixture.Qty("0.003"), last.CumulativeQuantity);
    }
}
