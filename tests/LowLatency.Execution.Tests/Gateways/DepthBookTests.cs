using LowLatency.Execution.Gateways;
using LowLatency.Model.MarketData;

namespace LowLatency.Execution.Tests.Gateways;

public class DepthBookTests
{
    private static long[] Bids(DepthBook book)
    {
        var e = default(MarketDataEvent);
        book.CopyTop(ref e);
        var prices = new long[e.BidCount];
        for (int i = 0; i < prices.Length; i++)
        {
            prices[i] = e.Bids[i].Price;
        }

        return prices;
    }

    [Fact]
    public void AFullSideKeepsTheBestLevelsAndDropsTheWorst()
    {
        var book = new DepthBook(6);
        foreach (long price in new long[] { 95, 99, 93, 97, 100, 94, 98, 96 })
        {
            book.Set(bid: true, price, 1);
        }

        Assert.Equal(6, book.BidCount);
        Assert.Equal([100, 99, 98, 97, 96], Bids(book));
        book.Set(bid: true, 90, 1); // worse than every kept level: ignored
        Assert.Equal(6, book.BidCount);
        book.Set(bid: true, 100, 0);
        Assert.Equal([99, 98, 97, 96, 95], Bids(book));
    }

    [Fact]
    public void AsksSortAscendingAndAChangeKeepsThePlace()
    {
        var book = new DepthBook(8);
        book.Set(bid: false, 103, 1);
        book.Set(bid: false, 101, 2);
        book.Set(bid: false, 102, 3);
        book.Set(bid: false, 101, 9);
        var e = default(MarketDataEvent);
        book.CopyTop(ref e);
        Assert.Equal(3, e.AskCount);
        Assert.Equal(new MarketDataLevel(101, 9), e.Asks[0]);
        Assert.Equal(new MarketDataLevel(102, 3), e.Asks[1]);
        Assert.Equal(new MarketDataLevel(103, 1), e.Asks[2]);
        book.Set(bid: false, 104, 0); // delete of a level we do not have
        Assert.Equal(3, book.AskCount);
    }

    [Fact]
    public void RandomUpdatesMatchASortedReferenceBook()
    {
        var book = new DepthBook(64);
        var reference = new SortedDictionary<long, long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        var random = new Random(5);
        for (int i = 0; i < 5_000; i++)
        {
            long price = random.Next(1, 40);
            long size = random.Next(0, 3) == 0 ? 0 : random.Next(1, 100);
            book.Set(bid: true, price, size);
            if (size == 0)
            {
                reference.Remove(price);
            }
            else
            {
                reference[price] = size;
            }

            var e = default(MarketDataEvent);
            book.CopyTop(ref e);
            var expected = reference.Take(MarketDataEvent.MaxLevels).ToArray();
            Assert.Equal(expected.Length, e.BidCount);
            for (int l = 0; l < expected.Length; l++)
            {
                Assert.Equal(new MarketDataLevel(expected[l].Key, expected[l].Value), e.Bids[l]);
            }
        }
    }
}
