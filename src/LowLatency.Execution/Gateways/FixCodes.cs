using System.Runtime.CompilerServices;
using LowLatency.Execution.Orders;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Gateways;

/// <summary>Domain enum ↔ FIX char mappings: the only place that knows both vocabularies.</summary>
internal static class FixCodes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToFix(Side side) => side == Side.Buy ? FixSide.Buy : FixSide.Sell;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFromFix(char side, out Side value)
    {
        value = side switch
        {
            FixSide.Buy => Side.Buy,
            FixSide.Sell or FixSide.SellShort or FixSide.SellShortExempt => Side.Sell,
            _ => 0,
        };
        return value != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToFix(TimeInForce tif) => tif switch
    {
        TimeInForce.Day => FixTimeInForce.Day,
        TimeInForce.GoodTillCancel => FixTimeInForce.GoodTillCancel,
        TimeInForce.ImmediateOrCancel => FixTimeInForce.ImmediateOrCancel,
        _ => FixTimeInForce.FillOrKill,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToFix(OrderType type) => type == OrderType.Market ? FixOrdType.Market : FixOrdType.Limit;

    public static ExecutionKind ExecKind(char execType) => execType switch
    {
        FixExecType.New => ExecutionKind.New,
        FixExecType.Trade => ExecutionKind.Trade,
        FixExecType.Canceled => ExecutionKind.Canceled,
        FixExecType.Replaced => ExecutionKind.Replaced,
        FixExecType.Rejected => ExecutionKind.Rejected,
        FixExecType.Expired => ExecutionKind.Expired,
        FixExecType.DoneForDay => ExecutionKind.DoneForDay,
        FixExecType.PendingNew => ExecutionKind.PendingNew,
        FixExecType.PendingCancel => ExecutionKind.PendingCancel,
        FixExecType.PendingReplace => ExecutionKind.PendingReplace,
        FixExecType.Restated => ExecutionKind.Restated,
        FixExecType.OrderStatus => ExecutionKind.OrderStatus,
        _ => ExecutionKind.Unsupported,
    };

    public static OrderState Status(char ordStatus) => ordStatus switch
    {
        FixOrdStatus.New => OrderState.New,
        FixOrdStatus.PartiallyFilled => OrderState.PartiallyFilled,
        FixOrdStatus.Filled => OrderState.Filled,
        FixOrdStatus.DoneForDay => OrderState.DoneForDay,
        FixOrdStatus.Canceled => OrderState.Canceled,
        FixOrdStatus.PendingCancel => OrderState.PendingCancel,
        FixOrdStatus.Rejected => OrderState.Rejected,
        FixOrdStatus.PendingNew => OrderState.PendingNew,
        FixOrdStatus.Expired => OrderState.Expired,
        FixOrdStatus.PendingReplace => OrderState.PendingReplace,
        _ => OrderState.None,
    };

    public static LiquidityIndicator Liquidity(int lastLiquidityInd) => lastLiquidityInd switch
    {
        1 => LiquidityIndicator.Maker, // 851=1 added liquidity
        2 => LiquidityIndicator.Taker, // 851=2 removed liquidity
        _ => LiquidityIndicator.None,
    };
}
