using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;

namespace LowLatency.Model.MarketData;

/// <summary>
/// The inbound ring slot for market data: one venue's top of book for one instrument after a W/X message, the
/// last trade and both timestamps. A mutable flat struct (plain fields, ~240 bytes) because the ring preallocates
/// slots and the producer fills one in place; consumers read it by <c>in</c>/<c>ref readonly</c>.
/// </summary>
/// <remarks>
/// Prices and sizes are mantissas at <see cref="PriceScale"/>/<see cref="QuantityScale"/>, which the gateway sets
/// to the instrument's scales (it rescales wire values exactly or drops the message). Levels beyond
/// <see cref="BidCount"/>/<see cref="AskCount"/> are stale garbage from earlier use of the slot: never read them.
/// </remarks>
public struct MarketDataEvent
{
    /// <summary>Levels carried per side: the router only needs the top few to split an order.</summary>
    public const int MaxLevels = 5;

    public InstrumentId Instrument;
    public VenueId Venue;
    public MarketDataUpdateKind Kind;
    public byte PriceScale;
    public byte QuantityScale;

    /// <summary>Valid bid levels in <see cref="Bids"/> (0..<see cref="MaxLevels"/>), best (highest) first.</summary>
    public byte BidCount;

    /// <summary>Valid ask levels in <see cref="Asks"/> (0..<see cref="MaxLevels"/>), best (lowest) first.</summary>
    public byte AskCount;

    /// <summary>True when this update carried a trade (<see cref="LastTradePrice"/>/<see cref="LastTradeSize"/> are new).</summary>
    public bool HasTrade;

    public MarketDataLevels Bids;
    public MarketDataLevels Asks;

    /// <summary>Last trade price mantissa (0 when none seen yet).</summary>
    public long LastTradePrice;

    /// <summary>Last trade size mantissa (0 when none seen yet).</summary>
    public long LastTradeSize;

    /// <summary>The venue message's MsgSeqNum (34): orders updates from one venue session.</summary>
    public long Sequence;

    /// <summary>UTC epoch nanoseconds the venue stamped (SendingTime(52)); 0 when absent.</summary>
    public long ExchangeTimestampNs;

    /// <summary>Monotonic nanoseconds when the bytes were read from the socket (tick-to-order latency starts here).</summary>
    public long ReceiveTimestampNs;

    public readonly Price BidPrice(int depth) => new(Bids[depth].Price, PriceScale);

    public readonly Quantity BidSize(int depth) => new(Bids[depth].Size, QuantityScale);

    public readonly Price AskPrice(int depth) => new(Asks[depth].Price, PriceScale);

    public readonly Quantity AskSize(int depth) => new(Asks[depth].Size, QuantityScale);
}
