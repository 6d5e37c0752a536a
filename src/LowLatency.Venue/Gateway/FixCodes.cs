using System.Runtime.CompilerServices;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// Domain enum ↔ FIX 4.4 char/int codes for the venue side, the only place that knows both vocabularies.
/// </summary>
/// <remarks>
/// A FIX char the venue does not support (Side 5, OrdType 3, TimeInForce 6 …) is carried into the domain enum
/// as its own byte value: the domain values (1, 2 / 0, 1, 3, 4) never collide with printable ASCII, so the
/// matching core rejects it as unsupported and the reject echoes exactly the char the client sent.
/// </remarks>
internal static class FixCodes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Side ParseSide(char side) => side switch
    {
        FixSide.Buy => Side.Buy,
        FixSide.Sell => Side.Sell,
        _ => (Side)(byte)side,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToFix(Side side) => side switch
    {
        Side.Buy => FixSide.Buy,
        Side.Sell => FixSide.Sell,
        _ => (char)(byte)side,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static OrderType ParseOrdType(char type) => type switch
    {
        FixOrdType.Market => OrderType.Market,
        FixOrdType.Limit => OrderType.Limit,
        _ => (OrderType)(byte)type,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToFix(OrderType type) => type switch
    {
        OrderType.Market => FixOrdType.Market,
        OrderType.Limit => FixOrdType.Limit,
        _ => (char)(byte)type,
    };

    /// <summary>TimeInForce(59); absent ('\0') is Day, the FIX default.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TimeInForce ParseTimeInForce(char tif) => tif switch
    {
        '\0' or FixTimeInForce.Day => TimeInForce.Day,
        FixTimeInForce.GoodTillCancel => TimeInForce.GoodTillCancel,
        FixTimeInForce.ImmediateOrCancel => TimeInForce.ImmediateOrCancel,
        FixTimeInForce.FillOrKill => TimeInForce.FillOrKill,
        _ => (TimeInForce)(byte)tif,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToFix(TimeInForce tif) => tif switch
    {
        TimeInForce.Day => FixTimeInForce.Day,
        TimeInForce.GoodTillCancel => FixTimeInForce.GoodTillCancel,
        TimeInForce.ImmediateOrCancel => FixTimeInForce.ImmediateOrCancel,
        TimeInForce.FillOrKill => FixTimeInForce.FillOrKill,
        _ => (char)(byte)tif,
    };

    public static char ToFix(ExecType execType) => execType switch
    {
        ExecType.New => FixExecType.New,
        ExecType.Trade => FixExecType.Trade,
        ExecType.Canceled => FixExecType.Canceled,
        ExecType.Replaced => FixExecType.Replaced,
        ExecType.Rejected => FixExecType.Rejected,
        ExecType.Expired => FixExecType.Expired,
        ExecType.PendingNew => FixExecType.PendingNew,
        ExecType.PendingCancel => FixExecType.PendingCancel,
        _ => FixExecType.PendingReplace,
    };

    public static char ToFix(OrderStatus status) => status switch
    {
        OrderStatus.New => FixOrdStatus.New,
        OrderStatus.PartiallyFilled => FixOrdStatus.PartiallyFilled,
        OrderStatus.Filled => FixOrdStatus.Filled,
        OrderStatus.Canceled => FixOrdStatus.Canceled,
        OrderStatus.Rejected => FixOrdStatus.Rejected,
        OrderStatus.Expired => FixOrdStatus.Expired,
        OrderStatus.PendingNew => FixOrdStatus.PendingNew,
        OrderStatus.PendingCancel => FixOrdStatus.PendingCancel,
        _ => FixOrdStatus.PendingReplace,
    };

    /// <summary>OrdRejReason(103), as the comments on <see cref="OrderRejectReason"/> say.</summary>
    public static int ToFix(OrderRejectReason reason) => reason switch
    {
        OrderRejectReason.UnknownInstrument => FixOrdRejReason.UnknownSymbol,
        OrderRejectReason.UnsupportedSide or OrderRejectReason.UnsupportedOrderType or OrderRejectReason.UnsupportedTimeInForce
            => FixOrdRejReason.UnsupportedOrderCharacteristic,
        OrderRejectReason.QuantityNotPositive or OrderRejectReason.QuantityNotLotMultiple => FixOrdRejReason.IncorrectQuantity,
        OrderRejectReason.QuantityTooLarge or OrderRejectReason.OrderCapacityExceeded => FixOrdRejReason.OrderExceedsLimit,
        OrderRejectReason.DuplicateClientOrderId => FixOrdRejReason.DuplicateOrder,
        OrderRejectReason.SimulatedFault => FixOrdRejReason.BrokerOption,
        _ => FixOrdRejReason.Other,
    };

    /// <summary>CxlRejReason(102), as the comments on <see cref="CancelRejectReason"/> say.</summary>
    public static int ToFix(CancelRejectReason reason) => reason switch
    {
        CancelRejectReason.UnknownOrder or CancelRejectReason.UnknownInstrument => FixCxlRejReason.UnknownOrder,
        CancelRejectReason.DuplicateClientOrderId => FixCxlRejReason.DuplicateClOrdId,
        _ => FixCxlRejReason.Other,
    };

    public static char ToFix(CancelRejectResponseTo responseTo) =>
        responseTo == CancelRejectResponseTo.Replace ? FixCxlRejResponseTo.OrderCancelReplaceRequest : FixCxlRejResponseTo.OrderCancelRequest;

    /// <summary>MDUpdateAction(279).</summary>
    public static char ToFix(BookUpdateAction action) => action switch
    {
        BookUpdateAction.New => FixMDUpdateAction.New,
        BookUpdateAction.Change => FixMDUpdateAction.Change,
        _ => FixMDUpdateAction.Delete,
    };
}
