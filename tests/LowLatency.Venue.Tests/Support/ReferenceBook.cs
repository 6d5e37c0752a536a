using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Support;

/// <summary>
/// A deliberately naive order book (lists, LINQ, strings) implementing the same rules as the matching core:
/// price–time priority, trade at resting price, IOC/FOK/market, STP cancel-resting, replace priority rules.
/// Random flow through both must give identical reports and identical books.
/// </summary>
internal sealed class ReferenceBook
{
    private readonly List<Order> _resting = [];
    private long _time;

    public List<string> Events { get; } = [];

    public void Submit(int owner, string id, Side side, OrderType type, TimeInForce tif, long price, long qty)
    {
        if (Find(owner, id) is not null)
        {
            Events.Add($"Rejected:{id}:{OrderRejectReason.DuplicateClientOrderId}");
            return;
        }

        var o = new Order { Owner = owner, Id = id, Side = side, Type = type, Tif = tif, Price = type == OrderType.Market ? 0 : price, Qty = qty, Leaves = qty };
        Events.Add($"New:{id}:{o.Leaves}");
        if (tif == TimeInForce.FillOrKill && Crossing(o).Where(r => r.Owner != owner).Sum(r => r.Leaves) < qty)
        {
            Events.Add($"Canceled:{id}:{CancelReason.FillOrKill}:{o.Cum}");
            return;
        }

        Match(o);
        Complete(o);
    }

    public void Cancel(int owner, string id, string orig)
    {
        Order? o = Find(owner, orig);
        if (o is null)
        {
            Events.Add($"CxlRej:{id}:{CancelRejectReason.UnknownOrder}");
            return;
        }

        _resting.Remove(o);
        Events.Add($"Canceled:{id}:{CancelReason.Requested}:{o.Cum}");
    }

    public void Replace(int owner, string id, string orig, Side side, long price, long qty)
    {
        Order? o = Find(owner, orig);
        CancelRejectReason reason =
            o is null ? CancelRejectReason.UnknownOrder :
            side != o.Side ? CancelRejectReason.SideMismatch :
            qty <= o.Cum ? CancelRejectReason.QuantityNotAboveFilled :
            id != orig && Find(owner, id) is not null ? CancelRejectReason.DuplicateClientOrderId :
            CancelRejectReason.None;
        if (reason != CancelRejectReason.None)
        {
            Events.Add($"CxlRej:{id}:{reason}");
            return;
        }

        long newLeaves = qty - o!.Cum;
        bool keep = price == o.Price && newLeaves <= o.Leaves;
        o.Id = id;
        o.Qty = qty;
        o.Leaves = newLeaves;
        Events.Add($"Replaced:{id}:{o.Leaves}");
        if (!keep)
        {
            _resting.Remove(o);
            o.Price = price;
            Match(o);
            Complete(o);
        }
    }

    /// <summary>(price, size, count) per level, best first.</summary>
    public List<(long Price, long Size, int Count)> Levels(Side side) =>
        _resting.Where(r => r.Side == side)
            .GroupBy(r => r.Price)
            .OrderBy(g => side == Side.Buy ? -g.Key : g.Key)
            .Select(g => (g.Key, g.Sum(r => r.Leaves), g.Count()))
            .ToList();

    public IEnumerable<(int Owner, string Id)> Live => _resting.Select(r => (r.Owner, r.Id));

    private Order? Find(int owner, string id) => _resting.FirstOrDefault(r => r.Owner == owner && r.Id == id);

    private IEnumerable<Order> Crossing(Order o) =>
        _resting.Where(r => r.Side != o.Side && (o.Type == OrderType.Market || (o.Side == Side.Buy ? r.Price <= o.Price : r.Price >= o.Price)))
            .OrderBy(r => o.Side == Side.Buy ? r.Price : -r.Price)
            .ThenBy(r => r.Time);

    private void Match(Order o)
    {
        while (o.Leaves > 0 && Crossing(o).FirstOrDefault() is { } r)
        {
            if (r.Owner == o.Owner)
            {
                _resting.Remove(r);
                Events.Add($"Canceled:{r.Id}:{CancelReason.SelfTradePrevention}:{r.Cum}");
                continue;
            }

            long lots = Math.Min(o.Leaves, r.Leaves);
            r.Leaves -= lots;
            r.Cum += lots;
            o.Leaves -= lots;
            o.Cum += lots;
            Events.Add($"Trade:{r.Id}:{lots}@{r.Price}:{r.Cum}:{r.Leaves}");
            Events.Add($"Trade:{o.Id}:{lots}@{r.Price}:{o.Cum}:{o.Leaves}");
            if (r.Leaves == 0)
            {
                _resting.Remove(r);
            }
        }
    }

    private void Complete(Order o)
    {
        if (o.Leaves == 0)
        {
            return;
        }

        if (o.Type == OrderType.Market || o.Tif is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            CancelReason reason = o.Tif == TimeInForce.FillOrKill ? CancelReason.FillOrKill
                : o.Type == OrderType.Market ? CancelReason.MarketOrderRemainder : CancelReason.ImmediateOrCancel;
            Events.Add($"Canceled:{o.Id}:{reason}:{o.Cum}");
            return;
        }

        o.Time = ++_time;
        _resting.Add(o);
    }

    private sealed class Order
    {
        public int Owner;
        public string Id = "";
        public Side Side;
        public OrderType Type;
        public TimeInForce Tif;
        public long Price;
        public long Qty;
        public long Leaves;
        public long Cum;
        public long Time;
    }
}
