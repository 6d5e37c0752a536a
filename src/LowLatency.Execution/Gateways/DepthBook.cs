using LowLatency.Model.MarketData;

namespace LowLatency.Execution.Gateways;

// Invariants:
//  * bids strictly descending, asks strictly ascending by price; sizes positive (a zero size removes the level);
//  * at most Capacity levels per side: a new level worse than all of a full side is dropped, a better one pushes
//    the worst out. The top MarketDataEvent.MaxLevels stay exact as long as the book never loses more than
//    Capacity − MaxLevels levels at once without the venue resending them (true for any sane depth: subscribe
//    with MarketDepth = Capacity so the venue itself never sends deeper levels).

/// <summary>
/// A venue's price levels for one instrument, kept from 35=W snapshots and applied 35=X level changes (absolute
/// sizes keyed by price), as sorted parallel arrays: updates land near the top, so a linear scan beats a tree.
/// </summary>
internal sealed class DepthBook
{
    private readonly long[] _bidPrice;
    private readonly long[] _bidSize;
    private readonly long[] _askPrice;
    private readonly long[] _askSize;
    private int _bids;
    private int _asks;

    public DepthBook(int capacity)
    {
        _bidPrice = new long[capacity];
        _bidSize = new long[capacity];
        _askPrice = new long[capacity];
        _askSize = new long[capacity];
    }

    /// <summary>True after a snapshot: incrementals only make sense on top of one.</summary>
    public bool Synchronized { get; set; }

    public long LastTradePrice { get; set; }

    public long LastTradeSize { get; set; }

    public int BidCount => _bids;

    public int AskCount => _asks;

    public void Clear()
    {
        _bids = 0;
        _asks = 0;
    }

    /// <summary>Sets the absolute size at a price (0 removes the level).</summary>
    public void Set(bool bid, long price, long size)
    {
        if (bid)
        {
            _bids = Upsert(_bidPrice, _bidSize, _bids, price, size, descending: true);
        }
        else
        {
            _asks = Upsert(_askPrice, _askSize, _asks, price, size, descending: false);
        }
    }

    /// <summary>Copies the top levels into the event (best first) and sets the counts.</summary>
    public void CopyTop(ref MarketDataEvent e)
    {
        int bids = Math.Min(_bids, MarketDataEvent.MaxLevels);
        for (int i = 0; i < bids; i++)
        {
            e.Bids[i] = new MarketDataLevel(_bidPrice[i], _bidSize[i]);
        }

        int asks = Math.Min(_asks, MarketDataEvent.MaxLevels);
        for (int i = 0; i < asks; i++)
        {
            e.Asks[i] = new MarketDataLevel(_askPrice[i], _askSize[i]);
        }

        e.BidCount = (byte)bids;
        e.AskCount = (byte)asks;
        e.LastTradePrice = LastTradePrice;
        e.LastTradeSize = LastTradeSize;
    }

    private static int Upsert(long[] prices, long[] sizes, int count, long price, long size, bool descending)
    {
        int i = 0;
        while (i < count && (descending ? prices[i] > price : prices[i] < price))
        {
            i++;
        }

        if (i < count && prices[i] == price)
        {
            if (size > 0)
            {
                sizes[i] = size;
                return count;
            }

            Array.Copy(prices, i + 1, prices, i, count - i - 1);
            Array.Copy(sizes, i + 1, sizes, i, count - i - 1);
            return count - 1;
        }

        if (size <= 0)
        {
            return count; // delete of a level we do not have (deeper than we keep): nothing to do
        }

        int capacity = prices.Length;
        if (i == capacity)
        {
            return count; // worse than every level of a full side
        }

        int move = Math.Min(count, capacity - 1) - i;
        if (move > 0)
        {
            Array.Copy(prices, i, prices, i + 1, move);
            Array.Copy(sizes, i, sizes, i + 1, move);
        }

        prices[i] = price;
        sizes[i] = size;
        return Math.Min(count + 1, capacity);
    }
}
