using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;

namespace LowLatency.Execution.Tests.Support;

/// <summary>An outbound message as the venue would parse it (read back with the real FixParser).</summary>
internal sealed record SentMessage(
    VenueId Venue,
    string MsgType,
    string ClOrdId,
    string OrigClOrdId,
    string OrderId,
    string Symbol,
    char Side,
    Quantity? OrderQty,
    Price? Price,
    char OrdType,
    char TimeInForce,
    long TransactTimeNanos,
    string Account,
    byte[] Frame)
{
    public static SentMessage Parse(VenueId venue, byte[] frame)
    {
        var parser = new FixParser();
        Assert.True(parser.TryParse(frame, out FixMessage m), "the engine sent an unparseable frame");
        m.TryGetChar(FixTag.Side, out char side);
        m.TryGetChar(FixTag.OrdType, out char ordType);
        m.TryGetChar(FixTag.TimeInForce, out char tif);
        m.TryGetUtcTimestamp(FixTag.TransactTime, out long transact);
        return new SentMessage(
            venue,
            Encoding.ASCII.GetString(m.MsgType),
            Encoding.ASCII.GetString(m.GetSpan(FixTag.ClOrdID)),
            Encoding.ASCII.GetString(m.GetSpan(FixTag.OrigClOrdID)),
            Encoding.ASCII.GetString(m.GetSpan(FixTag.OrderID)),
            Encoding.ASCII.GetString(m.GetSpan(FixTag.Symbol)),
            side,
            m.TryGetQuantity(FixTag.OrderQty, out Quantity q) ? q : null,
            m.TryGetPrice(FixTag.Price, out Price p) ? p : null,
            ordType,
            tif,
            transact,
            Encoding.ASCII.GetString(m.GetSpan(FixTag.Account)),
            frame);
    }
}
