using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Fix.Messages.Values;
using LowLatency.Testing;

namespace LowLatency.Fix.Tests.Messages;

// Every message struct: encode with the session encoder, frame, parse, validate against the FIX 4.4
// dictionary, decode, and compare field by field.
public class MessageRoundTripTests
{
    private static readonly long Now = new FakeClock().UtcEpochNanoseconds() + 250_000_000;
    private readonly FixMessageEncoder _encoder = new("ENGINE", "VENUE1");
    private readonly FixParser _parser = new();
    private readonly FixValidator _validator = new();
    private readonly byte[] _buffer = new byte[2048];

    private FixMessage RoundTrip<T>(scoped in T body)
        where T : IFixMessageBody, allows ref struct
    {
        Assert.True(_encoder.TryEncode(_buffer, 17, Now, body, out int length));
        ReadOnlySpan<byte> bytes = _buffer.AsSpan(0, length);
        Assert.Equal(FrameResult.Complete(length), FixFramer.Frame(bytes));
        Assert.True(_parser.TryParse(bytes, out FixMessage message));
        FixValidationResult result = _validator.Validate(message);
        Assert.True(result.IsValid, result + " in " + message.ToString());
        Assert.Equal(17, message.MsgSeqNum);
        return message;
    }

    [Fact]
    public void NewOrderSingleRoundTrips()
    {
        var order = new NewOrderSingle
        {
            ClOrdId = "C-1"u8, Account = "ACC"u8, Symbol = "BTC-PERP"u8, Side = FixSide.Sell, TransactTimeNanos = Now,
            OrderQty = new Quantity(15, 1), OrdType = FixOrdType.Limit, Price = new Price(4325050, 2),
            TimeInForce = FixTimeInForce.ImmediateOrCancel, HandlInst = FixHandlInst.AutomatedPrivate,
        };

        Assert.True(NewOrderSingle.TryRead(RoundTrip(order), out NewOrderSingle read));
        Assert.True(read.ClOrdId.SequenceEqual("C-1"u8) && read.Account.SequenceEqual("ACC"u8) && read.Symbol.SequenceEqual("BTC-PERP"u8));
        Assert.Equal((FixSide.Sell, Now, new Quantity(15, 1), FixOrdType.Limit, (Price?)new Price(4325050, 2), FixTimeInForce.ImmediateOrCancel, FixHandlInst.AutomatedPrivate),
            (read.Side, read.TransactTimeNanos, read.OrderQty, read.OrdType, read.Price, read.TimeInForce, read.HandlInst));
    }

    [Fact]
    public void AMarketOrderHasNoPrice()
    {
        var order = new NewOrderSingle
        {
            ClOrdId = "C-2"u8, Symbol = "ETH"u8, Side = FixSide.Buy, TransactTimeNanos = Now, OrderQty = new Quantity(1, 0), OrdType = FixOrdType.Market,
        };

        FixMessage message = RoundTrip(order);

        Assert.False(message.Contains(FixTag.Price));
        Assert.True(NewOrderSingle.TryRead(message, out NewOrderSingle read) && read.Price is null && read.TimeInForce == '\0');
    }

    [Fact]
    public void CancelAndReplaceRoundTrip()
    {
        var cancel = new OrderCancelRequest
        {
            OrigClOrdId = "C-1"u8, ClOrdId = "C-2"u8, OrderId = "V-9"u8, Symbol = "BTC"u8, Side = FixSide.Buy, TransactTimeNanos = Now, OrderQty = new Quantity(2, 0),
        };
        Assert.True(OrderCancelRequest.TryRead(RoundTrip(cancel), out OrderCancelRequest c));
        Assert.True(c.OrigClOrdId.SequenceEqual("C-1"u8) && c.OrderId.SequenceEqual("V-9"u8) && c.OrderQty == new Quantity(2, 0));

        var replace = new OrderCancelReplaceRequest
        {
            OrigClOrdId = "C-2"u8, ClOrdId = "C-3"u8, Symbol = "BTC"u8, Side = FixSide.Buy, TransactTimeNanos = Now,
            OrderQty = new Quantity(3, 0), OrdType = FixOrdType.Limit, Price = new Price(101, 0), TimeInForce = FixTimeInForce.Day,
        };
        Assert.True(OrderCancelReplaceRequest.TryRead(RoundTrip(replace), out OrderCancelReplaceRequest r));
        Assert.True(r.ClOrdId.SequenceEqual("C-3"u8) && r.Price == new Price(101, 0) && r.OrderQty == new Quantity(3, 0) && r.TimeInForce == FixTimeInForce.Day);

        var status = new OrderStatusRequest { ClOrdId = "C-3"u8, Symbol = "BTC"u8, Side = FixSide.Buy };
        Assert.True(OrderStatusRequest.TryRead(RoundTrip(status), out OrderStatusRequest s) && s.ClOrdId.SequenceEqual("C-3"u8));
    }

    [Fact]
    public void ExecutionReportAndCancelRejectRoundTrip()
    {
        var fill = new ExecutionReport
        {
            OrderId = "V-1"u8, ClOrdId = "C-1"u8, ExecId = "E-1"u8, ExecType = FixExecType.Trade, OrdStatus = FixOrdStatus.PartiallyFilled,
            Symbol = "BTC"u8, Side = FixSide.Buy, OrderQty = new Quantity(5, 0), OrdType = FixOrdType.Limit, Price = new Price(1005, 1),
            LastQty = new Quantity(2, 0), LastPx = new Price(1004, 1), LeavesQty = new Quantity(3, 0), CumQty = new Quantity(2, 0),
            AvgPx = new Price(1004, 1), TransactTimeNanos = Now, OrdRejReason = -1,
        };
        Assert.True(ExecutionReport.TryRead(RoundTrip(fill), out ExecutionReport er));
        Assert.Equal((FixExecType.Trade, FixOrdStatus.PartiallyFilled, (Quantity?)new Quantity(2, 0), (Price?)new Price(1004, 1), new Quantity(3, 0), new Quantity(2, 0), -1, Now),
            (er.ExecType, er.OrdStatus, er.LastQty, er.LastPx, er.LeavesQty, er.CumQty, er.OrdRejReason, er.TransactTimeNanos));

        var reject = new OrderCancelReject
        {
            OrderId = "V-1"u8, ClOrdId = "C-2"u8, OrigClOrdId = "C-1"u8, OrdStatus = FixOrdStatus.Filled,
            CxlRejResponseTo = FixCxlRejResponseTo.OrderCancelRequest, CxlRejReason = FixCxlRejReason.TooLateToCancel, Text = "too late"u8,
        };
        Assert.True(OrderCancelReject.TryRead(RoundTrip(reject), out OrderCancelReject cr));
        Assert.Equal((FixOrdStatus.Filled, FixCxlRejResponseTo.OrderCancelRequest, 0), (cr.OrdStatus, cr.CxlRejResponseTo, cr.CxlRejReason));
    }

    [Fact]
    public void MarketDataMessagesRoundTrip()
    {
        var request = new MarketDataRequest
        {
            MdReqId = "MD-1"u8, SubscriptionRequestType = FixSubscriptionRequestType.SnapshotPlusUpdates, MarketDepth = 5,
            MdUpdateType = 1, EntryTypes = "01"u8, Symbol = "BTC"u8,
        };
        Span<byte> types = stackalloc byte[4];
        Assert.True(MarketDataRequest.TryRead(RoundTrip(request), types, out MarketDataRequest mr));
        Assert.True(mr.EntryTypes.SequenceEqual("01"u8) && mr.Symbol.SequenceEqual("BTC"u8) && mr.MarketDepth == 5 && mr.MdUpdateType == 1);

        MarketDataEntry[] entries =
        [
            new() { UpdateAction = FixMDUpdateAction.New, EntryType = FixMDEntryType.Bid, Price = new Price(995, 1), Size = new Quantity(3, 0), NumberOfOrders = 2, PositionNo = 1 },
            new() { UpdateAction = FixMDUpdateAction.Delete, EntryType = FixMDEntryType.Offer, Price = new Price(1005, 1) },
        ];
        var incremental = new MarketDataIncrementalRefresh { MdReqId = "MD-1"u8, Symbol = "BTC"u8, Entries = entries };
        var decoded = new MarketDataEntry[4];
        Assert.True(MarketDataIncrementalRefresh.TryReadEntries(RoundTrip(incremental), decoded, out int count, out ReadOnlySpan<byte> symbol));
        Assert.Equal(entries, decoded[..count]);
        Assert.True(symbol.SequenceEqual("BTC"u8));

        var snapshot = new MarketDataSnapshotFullRefresh { MdReqId = "MD-1"u8, Symbol = "BTC"u8, Entries = entries };
        Assert.True(MarketDataSnapshotFullRefresh.TryRead(RoundTrip(snapshot), decoded, out MarketDataSnapshotFullRefresh snap, out int snapCount));
        Assert.Equal(2, snapCount);
        Assert.Equal('\0', snap.Entries[0].UpdateAction);
        Assert.Equal(entries[1].Price, snap.Entries[1].Price);

        var reject = new MarketDataRequestReject { MdReqId = "MD-2"u8, Reason = FixMDReqRejReason.UnknownSymbol, Text = "?"u8 };
        Assert.True(MarketDataRequestReject.TryRead(RoundTrip(reject), out MarketDataRequestReject rj) && rj.Reason == FixMDReqRejReason.UnknownSymbol);
    }

    [Fact]
    public void SessionMessagesRoundTrip()
    {
        Assert.True(Logon.TryRead(RoundTrip(new Logon { HeartBtIntSeconds = 30, ResetSeqNumFlag = true, Username = "u"u8 }), out Logon logon));
        Assert.Equal((0, 30, true), (logon.EncryptMethod, logon.HeartBtIntSeconds, logon.ResetSeqNumFlag));
        Assert.True(Heartbeat.TryRead(RoundTrip(new Heartbeat { TestReqId = "T1"u8 }), out Heartbeat hb) && hb.TestReqId.SequenceEqual("T1"u8));
        Assert.True(TestRequest.TryRead(RoundTrip(new TestRequest { TestReqId = "T2"u8 }), out TestRequest tr) && tr.TestReqId.SequenceEqual("T2"u8));
        Assert.True(ResendRequest.TryRead(RoundTrip(new ResendRequest { BeginSeqNo = 4, EndSeqNo = 0 }), out ResendRequest rr) && rr.BeginSeqNo == 4 && rr.EndSeqNo == 0);
        Assert.True(SequenceReset.TryRead(RoundTrip(new SequenceReset { GapFill = true, NewSeqNo = 9 }), out SequenceReset sr) && sr.GapFill && sr.NewSeqNo == 9);
        Assert.True(Logout.TryRead(RoundTrip(new Logout { Text = "bye"u8 }), out Logout lo) && lo.Text.SequenceEqual("bye"u8));

        var reject = new Reject { RefSeqNum = 5, RefTagId = 54, RefMsgType = "D"u8, Reason = SessionRejectReason.ValueIsIncorrect, Text = "side"u8 };
        Assert.True(Reject.TryRead(RoundTrip(reject), out Reject rj));
        Assert.Equal((5, 54, SessionRejectReason.ValueIsIncorrect), (rj.RefSeqNum, rj.RefTagId, rj.Reason));

        var bmr = new BusinessMessageReject { RefSeqNum = 6, RefMsgType = "AE"u8, Reason = BusinessRejectReason.UnsupportedMessageType };
        Assert.True(BusinessMessageReject.TryRead(RoundTrip(bmr), out BusinessMessageReject b));
        Assert.True(b.RefMsgType.SequenceEqual("AE"u8) && b.Reason == BusinessRejectReason.UnsupportedMessageType && b.RefSeqNum == 6);
    }

    [Fact]
    public void DecodersRefuseAMessageOfAnotherType()
    {
        FixMessage heartbeat = RoundTrip(new Heartbeat());

        Assert.False(NewOrderSingle.TryRead(heartbeat, out _));
        Assert.False(ExecutionReport.TryRead(heartbeat, out _));
        Assert.False(Logon.TryRead(heartbeat, out _));
    }
}
