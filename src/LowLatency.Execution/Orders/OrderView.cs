using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Orders;

/// <summary>A read-only copy of one order for queries, tests and the dashboard (copied on the decision thread).</summary>
public readonly struct OrderView
{
    internal OrderView(in Order o, in InstrumentInfo instrument)
    {
        ClOrdId = o.ClOrdId;
        PendingClOrdId = o.PendingClOrdId;
        State = o.State;
        UnderlyingState = o.Underlying;
        Pending = o.Pending;
        Instrument = instrument.Id;
        VenueIndex = o.Venue;
        Side = o.Side;
        TimeInForce = o.TimeInForce;
        Price = instrument.ToPrice(o.Price);
        Quantity = instrument.ToQuantity(o.Quantity);
        CumQuantity = instrument.ToQuantity(o.Cum);
        LeavesQuantity = instrument.ToQuantity(o.Leaves);
        PendingPrice = instrument.ToPrice(o.PendingPrice);
        PendingQuantity = instrument.ToQuantity(o.PendingQuantity);
        AveragePrice = o.Cum > 0 ? (o.CumNotional / o.Cum / instrument.PriceDivisor) : 0;
        InFlight = o.InFlight;
        Reason = o.Reason;
        PolicyId = o.PolicyId;
        LastRejectCode = o.LastRejectCode;
        VenueOrderId = o.VenueOrderId.ToString();
        CreatedNs = o.CreatedNs;
        LastUpdateNs = o.LastUpdateNs;
    }

    /// <summary>Numeric id of the current terms (render with the engine's prefix for the wire ClOrdID).</summary>
    public long ClOrdId { get; }

    public long PendingClOrdId { get; }

    public OrderState State { get; }

    /// <summary>The state beneath a pending cancel/replace (equals <see cref="State"/> when none is pending).</summary>
    public OrderState UnderlyingState { get; }

    public RequestKind Pending { get; }

    public InstrumentId Instrument { get; }

    /// <summary>Dense venue index (see the engine's venue table).</summary>
    public int VenueIndex { get; }

    public Side Side { get; }

    public TimeInForce TimeInForce { get; }

    public Price Price { get; }

    public Quantity Quantity { get; }

    public Quantity CumQuantity { get; }

    public Quantity LeavesQuantity { get; }

    public Price PendingPrice { get; }

    public Quantity PendingQuantity { get; }

    public double AveragePrice { get; }

    public int InFlight { get; }

    public RebalanceReason Reason { get; }

    public int PolicyId { get; }

    public int LastRejectCode { get; }

    /// <summary>Allocates a string: for queries off the hot path only.</summary>
    public string VenueOrderId { get; }

    public long CreatedNs { get; }

    public long LastUpdateNs { get; }
}
