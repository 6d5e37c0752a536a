using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Orders;

/// <summary>Classification of <see cref="OrderState"/> values shared by the table, risk and the dashboard.</summary>
public static class OrderStates
{
    /// <summary>Filled, Canceled, Rejected, Expired or DoneForDay: nothing may change the order any more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDone(OrderState state) =>
        state is OrderState.Filled or OrderState.Canceled or OrderState.Rejected or OrderState.Expired or OrderState.DoneForDay;

    /// <summary>Live or pending: counts as an open order and towards worst-case exposure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOpen(OrderState state) => state != OrderState.None && !IsDone(state);
}
