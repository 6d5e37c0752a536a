using System.Runtime.InteropServices;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Orders;

/// <summary>
/// One order slot of the <see cref="OrderTable"/>. Plain fields, mutated in place through <c>ref</c> by the single
/// decision thread. Prices and quantities are mantissas at the instrument's scales.
/// </summary>
/// <remarks>
/// While a cancel or replace is pending, <see cref="State"/> is PendingCancel/PendingReplace and
/// <see cref="BaseState"/> holds the state underneath (PendingNew, New or PartiallyFilled), which fills and acks
/// keep up to date and a cancel reject restores.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
internal struct Order
{
    public OrderState State;
    public OrderState BaseState;
    public RequestKind Pending;
    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;

    /// <summary>An OrderStatusRequest went out for the current pending request (at most one per request).</summary>
    public bool StatusRequested;

    /// <summary>The kill switch wants this order cancelled; Poll retries while the venue refuses to take the cancel.</summary>
    public bool CancelWanted;

    public int Instrument;
    public int Venue;

    /// <summary>Id of the current terms (the NewOrderSingle, then each confirmed replace).</summary>
    public long ClOrdId;

    /// <summary>Id of the pending cancel/replace request; 0 when none.</summary>
    public long PendingClOrdId;

    /// <summary>First and last id issued for this order: any id in between with this slot in its low bits is ours.</summary>
    public long FirstClOrdId;
    public long LastClOrdId;

    public long Price;
    public long Quantity;
    public long Cum;
    public long Leaves;
    public long PendingPrice;
    public long PendingQuantity;

    /// <summary>Quantity this order currently adds to the instrument's open buy or sell worst case.</summary>
    public long Exposure;

    /// <summary>Σ price mantissa × quantity mantissa of fills (double: the product can exceed a long).</summary>
    public double CumNotional;

    public long CreatedNs;
    public long RequestSentNs;
    public long LastUpdateNs;
    public long DecisionTimestampNs;
    public int PolicyId;
    public RebalanceReason Reason;
    public ExecutionUrgency Urgency;

    /// <summary>Last reject code from the venue (OrdRejReason/CxlRejReason), -1 when none.</summary>
    public int LastRejectCode;

    public VenueOrderId VenueOrderId;

    /// <summary>Hash under which <see cref="VenueOrderId"/> is indexed; 0 when not indexed.</summary>
    public ulong VenueOrderHash;

    /// <summary>Intrusive doubly linked list of open orders per instrument (-1 terminated).</summary>
    public int NextOpen;
    public int PrevOpen;

    /// <summary>Requests outstanding: the unacknowledged new (if any) plus the pending cancel/replace (if any).</summary>
    public readonly int InFlight =>
        ((State == OrderState.PendingNew || (Pending != RequestKind.None && BaseState == OrderState.PendingNew)) ? 1 : 0) +
        (Pending != RequestKind.None ? 1 : 0);

    /// <summary>The state under a pending cancel/replace, or the state itself.</summary>
    public readonly OrderState Underlying => Pending != RequestKind.None ? BaseState : State;
}
