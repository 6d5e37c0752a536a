using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// The session-reader side of the venue's FIX gateway: turns each application message into a
/// <see cref="VenueCommand"/> (ids copied inline, Symbol resolved, refusals decided) and queues it for the matching
/// thread. Runs on the FIX sessions' reader threads, several at once: it only reads immutable tables. Zero allocation.
/// </summary>
internal sealed class VenueInbound
{
    private readonly CommandQueue _queue;
    private readonly WakeSignal _signal;
    private readonly SymbolIndex _symbols;
    private readonly IClock _clock;
    private volatile bool _closed;

    public VenueInbound(CommandQueue queue, WakeSignal signal, SymbolIndex symbols, IClock clock)
    {
        _queue = queue;
        _signal = signal;
        _symbols = symbols;
        _clock = clock;
    }

    /// <summary>Stops waiting for queue space (the venue is shutting down; later messages are dropped).</summary>
    public void Close() => _closed = true;

    public void OnLogon(int session) => Post(new VenueCommand { Kind = CommandKind.LoggedOn, Session = session });

    public void OnLogout(int session) => Post(new VenueCommand { Kind = CommandKind.LoggedOut, Session = session });

    /// <summary>An application message that passed the session's checks.</summary>
    public void OnMessage(int session, in FixMessage message)
    {
        VenueCommand command = default;
        command.Session = session;
        command.MsgSeqNum = message.MsgSeqNum;
        command.ReceivedNanoseconds = _clock.MonotonicNanoseconds();
        ReadOnlySpan<byte> type = message.MsgType;
        switch (type.Length == 1 ? type[0] : 0)
        {
            case (byte)'D':
                ReadNewOrder(in message, ref command);
                break;
            case (byte)'F':
                ReadCancel(in message, ref command);
                break;
            case (byte)'G':
                ReadReplace(in message, ref command);
                break;
            case (byte)'H':
                ReadStatusRequest(in message, ref command);
                break;
            case (byte)'V':
                ReadMarketDataRequest(in message, ref command);
                return; // posts one command per symbol itself
            default:
                Refuse(ref command, type, BusinessRejectReason.UnsupportedMessageType, GatewayText.UnsupportedMessageType);
                break;
        }

        Post(in command);
    }

    /// <summary>Queues a command, waiting (spin, yield, then 1 ms naps) while the queue is full: back-pressure to TCP.</summary>
    public void Post(in VenueCommand command)
    {
        if (!_queue.TryEnqueue(in command))
        {
            PostSlow(in command);
            return;
        }

        _signal.Wake();
    }

    private void PostSlow(in VenueCommand command)
    {
        var spin = new SpinWait();
        while (!_queue.TryEnqueue(in command))
        {
            if (_closed)
            {
                return;
            }

            _signal.WakeNow();
            spin.SpinOnce();
        }

        _signal.Wake();
    }

    private void ReadNewOrder(in FixMessage message, ref VenueCommand command)
    {
        if (!NewOrderSingle.TryRead(in message, out NewOrderSingle order))
        {
            Refuse(ref command, FixMsgType.NewOrderSingle, BusinessRejectReason.ConditionallyRequiredFieldMissing, GatewayText.MissingRequiredField, order.ClOrdId);
            return;
        }

        if (!ClientOrderId.TryCreate(order.ClOrdId, out command.ClientOrderId))
        {
            Refuse(ref command, FixMsgType.NewOrderSingle, BusinessRejectReason.Other, GatewayText.ClOrdIdTooLong);
            return;
        }

        command.Kind = CommandKind.NewOrder;
        Resolve(order.Symbol, ref command);
        command.Side = FixCodes.ParseSide(order.Side);
        command.Type = FixCodes.ParseOrdType(order.OrdType);
        command.TimeInForce = FixCodes.ParseTimeInForce(order.TimeInForce);
        command.Price = order.Price ?? default; // a limit order without Price(44) is refused as "price must be positive"
        command.Quantity = order.OrderQty;
    }

    private void ReadCancel(in FixMessage message, ref VenueCommand command)
    {
        if (!OrderCancelRequest.TryRead(in message, out OrderCancelRequest cancel))
        {
            Refuse(ref command, FixMsgType.OrderCancelRequest, BusinessRejectReason.ConditionallyRequiredFieldMissing, GatewayText.MissingRequiredField, cancel.ClOrdId);
            return;
        }

        if (!ClientOrderId.TryCreate(cancel.ClOrdId, out command.ClientOrderId) || !ClientOrderId.TryCreate(cancel.OrigClOrdId, out command.OrigClientOrderId))
        {
            Refuse(ref command, FixMsgType.OrderCancelRequest, BusinessRejectReason.Other, GatewayText.ClOrdIdTooLong);
            return;
        }

        command.Kind = CommandKind.Cancel;
        Resolve(cancel.Symbol, ref command);
        command.Side = FixCodes.ParseSide(cancel.Side);
    }

    private void ReadReplace(in FixMessage message, ref VenueCommand command)
    {
        if (!OrderCancelReplaceRequest.TryRead(in message, out OrderCancelReplaceRequest replace))
        {
            Refuse(ref command, FixMsgType.OrderCancelReplaceRequest, BusinessRejectReason.ConditionallyRequiredFieldMissing, GatewayText.MissingRequiredField, replace.ClOrdId);
            return;
        }

        if (!ClientOrderId.TryCreate(replace.ClOrdId, out command.ClientOrderId) || !ClientOrderId.TryCreate(replace.OrigClOrdId, out command.OrigClientOrderId))
        {
            Refuse(ref command, FixMsgType.OrderCancelReplaceRequest, BusinessRejectReason.Other, GatewayText.ClOrdIdTooLong);
            return;
        }

        command.Kind = CommandKind.Replace;
        Resolve(replace.Symbol, ref command);
        command.Side = FixCodes.ParseSide(replace.Side);
        command.Price = replace.Price ?? default;
        command.Quantity = replace.OrderQty;
    }

    private void ReadStatusRequest(in FixMessage message, ref VenueCommand command)
    {
        if (!OrderStatusRequest.TryRead(in message, out OrderStatusRequest status) || !ClientOrderId.TryCreate(status.ClOrdId, out command.ClientOrderId))
        {
            Refuse(ref command, FixMsgType.OrderStatusRequest, BusinessRejectReason.Other, GatewayText.ClOrdIdTooLong);
            return;
        }

        command.Kind = CommandKind.OrderStatus;
        Resolve(status.Symbol, ref command);
        command.Side = FixCodes.ParseSide(status.Side);
    }

    private void ReadMarketDataRequest(in FixMessage message, ref VenueCommand command)
    {
        ReadOnlySpan<byte> mdReqId = message.GetSpan(FixTag.MDReqID);
        if (!ClientOrderId.TryCreate(mdReqId, out command.ClientOrderId))
        {
            Refuse(ref command, FixMsgType.MarketDataRequest, BusinessRejectReason.Other, GatewayText.MdReqIdTooLong);
            Post(in command);
            return;
        }

        command.Kind = CommandKind.MarketData;
        message.TryGetChar(FixTag.SubscriptionRequestType, out command.SubscriptionRequestType);
        message.TryGetInt(FixTag.MarketDepth, out command.MarketDepth);
        command.EntryTypes = EntryTypesOf(in message);
        int updateType = message.TryGetInt(FixTag.MDUpdateType, out int type) ? type : 1;
        if (command.SubscriptionRequestType is not (FixSubscriptionRequestType.Snapshot or FixSubscriptionRequestType.SnapshotPlusUpdates
            or FixSubscriptionRequestType.DisablePreviousSnapshotPlusUpdateRequest))
        {
            Refuse(ref command, FixMDReqRejReason.UnsupportedSubscriptionRequestType, GatewayText.UnsupportedSubscriptionType);
        }
        else if ((uint)command.MarketDepth > MarketDataPublisher.MaxDepth)
        {
            Refuse(ref command, FixMDReqRejReason.UnsupportedMarketDepth, GatewayText.UnsupportedMarketDepth);
        }
        else if (updateType != 1 && command.SubscriptionRequestType == FixSubscriptionRequestType.SnapshotPlusUpdates)
        {
            Refuse(ref command, FixMDReqRejReason.UnsupportedMdUpdateType, GatewayText.UnsupportedUpdateType);
        }

        if (!message.TryGetGroup(FixTag.NoRelatedSym, out FixGroup symbols) || symbols.Count == 0)
        {
            if (command.Reject == GatewayText.None)
            {
                Refuse(ref command, FixMDReqRejReason.UnknownSymbol, GatewayText.NoSymbol);
            }

            Post(in command);
            return;
        }

        foreach (FixGroupEntry entry in symbols)
        {
            Resolve(entry.GetSpan(FixTag.Symbol), ref command);
            Post(in command);
        }
    }

    private static byte EntryTypesOf(in FixMessage message)
    {
        if (!message.TryGetGroup(FixTag.NoMDEntryTypes, out FixGroup types))
        {
            return EntryTypeFlags.All;
        }

        byte flags = 0;
        foreach (FixGroupEntry entry in types)
        {
            if (entry.TryGetChar(FixTag.MDEntryType, out char type))
            {
                flags |= type switch
                {
                    FixMDEntryType.Bid or FixMDEntryType.Offer => EntryTypeFlags.Book,
                    FixMDEntryType.Trade => EntryTypeFlags.Trades,
                    _ => 0,
                };
            }
        }

        return flags;
    }

    private void Resolve(ReadOnlySpan<byte> symbol, ref VenueCommand command)
    {
        if (_symbols.TryGetInstrument(symbol, out InstrumentId instrument))
        {
            command.Instrument = instrument;
            command.RawText = default;
            return;
        }

        command.Instrument = new InstrumentId(-1);
        ClientOrderId.TryCreate(symbol[..Math.Min(symbol.Length, ClientOrderId.MaxLength)], out command.RawText);
    }

    private static void Refuse(ref VenueCommand command, ReadOnlySpan<byte> refMsgType, BusinessRejectReason reason, GatewayText text, ReadOnlySpan<byte> refId = default)
    {
        command.Kind = CommandKind.BusinessReject;
        ClientOrderId.TryCreate(refMsgType[..Math.Min(refMsgType.Length, ClientOrderId.MaxLength)], out command.RawText);
        if (!ClientOrderId.TryCreate(refId, out command.ClientOrderId))
        {
            command.ClientOrderId = default;
        }

        command.RejectCode = (int)reason;
        command.Reject = text;
    }

    private static void Refuse(ref VenueCommand command, char mdReqRejReason, GatewayText text)
    {
        command.RejectCode = mdReqRejReason;
        command.Reject = text;
    }
}
