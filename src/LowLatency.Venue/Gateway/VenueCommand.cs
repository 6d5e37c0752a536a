using System.Runtime.InteropServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// One pre-parsed request from a session reader thread to the venue's matching thread: a flat value copied into
/// a preallocated queue slot, so handing an order over allocates nothing and holds no reference into the receive
/// buffer. Fields are used per <see cref="Kind"/>; the rest stay default.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct VenueCommand
{
    public CommandKind Kind;

    /// <summary>Index of the FIX session in the venue's engine; the owner id of its orders.</summary>
    public int Session;

    /// <summary>MsgSeqNum of the request (RefSeqNum(45) of a business reject).</summary>
    public int MsgSeqNum;

    /// <summary>The listed instrument, or -1 when Symbol(55) is not listed on the venue.</summary>
    public InstrumentId Instrument;

    /// <summary>ClOrdID(11); MDReqID(262) for market data.</summary>
    public ClientOrderId ClientOrderId;

    /// <summary>OrigClOrdID(41) of a cancel or replace.</summary>
    public ClientOrderId OrigClientOrderId;

    /// <summary>Symbol(55) bytes when the symbol is not listed, echoed in the reject (first 32 bytes); RefMsgType(372) of a business reject.</summary>
    public ClientOrderId RawText;

    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;

    /// <summary>SubscriptionRequestType(263) of a market-data request.</summary>
    public char SubscriptionRequestType;

    /// <summary>MDEntryTypes wanted: bit 0 the book (bids/offers), bit 1 trades.</summary>
    public byte EntryTypes;

    /// <summary>MarketDepth(264): 0 = full book.</summary>
    public int MarketDepth;

    public Price Price;
    public Quantity Quantity;

    /// <summary>Set when the reader already knows the answer is a reject (35=j or 35=Y): why.</summary>
    public GatewayText Reject;

    /// <summary>BusinessRejectReason(380) or MDReqRejReason(281) of that reject.</summary>
    public int RejectCode;

    /// <summary>Monotonic time the reader thread took the message off the wire.</summary>
    public long ReceivedNanoseconds;

    /// <summary>Only for <see cref="CommandKind.Control"/>: rare-path work from another thread.</summary>
    public VenueControl? Control;
}

/// <summary>Market-data entry types a subscription asks for (MDEntryType(269) 0/1 and 2).</summary>
internal static class EntryTypeFlags
{
    public const byte Book = 1;
    public const byte Trades = 2;
    public const byte All = Book | Trades;
}
