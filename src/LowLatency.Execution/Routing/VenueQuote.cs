using System.Runtime.InteropServices;
using LowLatency.Model.MarketData;

namespace LowLatency.Execution.Routing;

/// <summary>One venue's top of book for one instrument as the router keeps it (copied from the last market-data event).</summary>
[StructLayout(LayoutKind.Auto)]
internal struct VenueQuote
{
    public MarketDataLevels Bids;
    public MarketDataLevels Asks;
    public int BidCount;
    public int AskCount;
    public long LastTradePrice;
    public long UpdatedNs;
    public bool Valid;

    /// <summary>Set once the book went stale (counted once per staleness episode).</summary>
    public bool StaleReported;
}
