using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class ReferenceModelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomOrderFlowGivesTheSameReportsAndBookAsANaiveReferenceBook(int seed)
    {
        var venue = new VenueFixture(capacity: 4096);
        var reference = new ReferenceBook();
        var random = new Random(seed);
        var live = new List<(int Owner, string Id)>();
        int next = 0;
        int trades = 0;

        for (int step = 0; step < 3_000; step++)
        {
            int owner = random.Next(1, 5);
            int roll = random.Next(100);
            long price = 10_000 + random.Next(-8, 9);
            long qty = random.Next(1, 11);
            live.Clear();
            live.AddRange(reference.Live);
            if (roll < 20 && live.Count > 0)
            {
                (int o, string orig) = live[random.Next(live.Count)];
                string id = "c" + next++;
                reference.Cancel(o, id, orig);
                venue.Cancel(o, id, orig);
            }
            else if (roll < 32 && live.Count > 0)
            {
                (int o, string orig) = live[random.Next(live.Count)];
                string id = random.Next(4) == 0 ? orig : "r" + next++;
                Side side = random.Next(10) == 0 ? Side.Sell : Side.Buy;
                if (venue.Book.TryGetOrder(o, VenueFixture.Id(orig), out OrderView view))
                {
                    side = random.Next(10) == 0 ? (view.Side == Side.Buy ? Side.Sell : Side.Buy) : view.Side;
                }

                reference.Replace(o, id, orig, side, price, qty);
                venue.Replace(o, id, orig, side, Ticks(price), qty.ToString());
            }
            else if (roll < 34)
            {
                reference.Cancel(owner, "x" + next, "missing" + next);
                venue.Cancel(owner, "x" + next, "missing" + next);
                next++;
            }
            else
            {
                string id = random.Next(50) == 0 && live.Count > 0 ? live[random.Next(live.Count)].Id : "n" + next++;
                Side side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
                (OrderType type, TimeInForce tif) = roll switch
                {
                    < 40 => (OrderType.Market, TimeInForce.ImmediateOrCancel),
                    < 50 => (OrderType.Limit, TimeInForce.ImmediateOrCancel),
                    < 55 => (OrderType.Limit, TimeInForce.FillOrKill),
                    < 75 => (OrderType.Limit, TimeInForce.GoodTillCancel),
                    _ => (OrderType.Limit, TimeInForce.Day),
                };
                reference.Submit(owner, id, side, type, tif, price, qty);
                venue.Engine.Submit(new NewOrderRequest(VenueFixture.Acme, owner, VenueFixture.Id(id), side, type, tif, type == OrderType.Market ? default : Price.Parse(Ticks(price), 2), Quantity.Parse(qty.ToString(), 0)));
            }

            Assert.Equal(reference.Events, Describe(venue.Log));
            trades += venue.Log.Trades.Count;
            reference.Events.Clear();
            venue.Log.Clear();
            Assert.Equal(reference.Levels(Side.Buy), BookLevels(venue.Book, Side.Buy));
            Assert.Equal(reference.Levels(Side.Sell), BookLevels(venue.Book, Side.Sell));
            Assert.Equal(reference.Live.Count(), venue.Book.OpenOrderCount);
            AssertInvariants(venue.Book);
        }

        Assert.True(trades > 300, $"the flow should trade a lot, traded {trades} times");
    }

    private static string Ticks(long price) => $"{price / 100}.{price % 100:D2}";

    private static List<string> Describe(EventLog log)
    {
        var events = new List<string>();
        foreach (object e in log.All)
        {
            switch (e)
            {
                case ExecutionReport { ExecType: ExecType.New } r:
                    events.Add($"New:{r.ClientOrderId}:{r.LeavesQuantity}");
                    break;
                case ExecutionReport { ExecType: ExecType.Rejected } r:
                    events.Add($"Rejected:{r.ClientOrderId}:{r.RejectReason}");
                    break;
                case ExecutionReport { ExecType: ExecType.Canceled } r:
                    events.Add($"Canceled:{r.ClientOrderId}:{r.CancelReason}:{r.CumulativeQuantity}");
                    break;
                case ExecutionReport { ExecType: ExecType.Replaced } r:
                    events.Add($"Replaced:{r.ClientOrderId}:{r.LeavesQuantity}");
                    break;
                case ExecutionReport { ExecType: ExecType.Trade } r:
                    events.Add($"Trade:{r.ClientOrderId}:{r.LastQuantity}@{r.LastPrice.Mantissa}:{r.CumulativeQuantity}:{r.LeavesQuantity}");
                    Assert.Equal(r.OrderQuantity, r.CumulativeQuantity + r.LeavesQuantity);
                    break;
                case CancelReject r:
                    events.Add($"CxlRej:{r.ClientOrderId}:{r.Reason}");
                    break;
            }
        }

        return events;
    }

    private static List<(long, long, int)> BookLevels(OrderBook book, Side side)
    {
        var levels = new List<(long, long, int)>();
        for (int i = 0; i < book.LevelCount(side); i++)
        {
            BookLevel level = book.GetLevel(side, i);
            levels.Add((level.Price.Mantissa, level.Size.Mantissa, level.OrderCount));
        }

        return levels;
    }

    /// <summary>The invariants listed at the top of OrderBook.cs, checked through the public views.</summary>
    private static void AssertInvariants(OrderBook book)
    {
        if (book.TryGetBest(Side.Buy, out BookLevel bid) && book.TryGetBest(Side.Sell, out BookLevel ask))
        {
            Assert.True(bid.Price < ask.Price, $"crossed book {bid.Price} >= {ask.Price}");
        }

        int resting = 0;
        var orders = new OrderView[4096];
        foreach (Side side in new[] { Side.Buy, Side.Sell })
        {
            for (int depth = 0; depth < book.LevelCount(side); depth++)
            {
                BookLevel level = book.GetLevel(side, depth);
                int n = book.CopyLevelOrders(side, depth, orders);
                Assert.Equal(level.OrderCount, n);
                Assert.True(n > 0);
                Assert.Equal(level.Size.Mantissa, orders.Take(n).Sum(o => o.LeavesQuantity.Mantissa));
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(level.Price, orders[i].Price);
                    Assert.True(book.TryGetOrder(orders[i].Owner, orders[i].ClientOrderId, out OrderView indexed));
                    Assert.Equal(orders[i].OrderId, indexed.OrderId);
                }

                resting += n;
            }
        }

        Assert.Equal(book.OpenOrderCount, resting);
    }
}
