using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Fills;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Risk;

/// <summary>Pre-trade risk over real order table, positions, kill switch and venue health (TEST reference 100.00).</summary>
internal sealed class RiskFixture
{
    private long _fills;

    public RiskFixture(RiskLimits? limits = null, IReadOnlyList<VenueSettings>? venues = null)
    {
        Limits = limits ?? TestSetup.Risk;
        ExecutionConfig config = TestSetup.Config(Limits, venues: venues);
        Instruments = new InstrumentTable(config.Instruments);
        Venues = new VenueTable(config.Venues);
        Orders = new OrderTable(config.Orders, Instruments);
        Positions = new PositionBook(Instruments, Venues);
        Kill = new KillSwitch(Venues.Count, Limits.RejectsToTrip, Limits.RejectWindowNs);
        Health = new VenueHealth(Venues.Count);
        for (int v = 0; v < Venues.Count; v++)
        {
            Health.SetConnected(v, true);
        }

        Risk = new PreTradeRisk(Limits, Instruments, Venues, Orders, Positions, Kill, Health);
        Instruments.TryGetIndex(TestSetup.Test, out int test);
        Instruments.TryGetIndex(TestSetup.Btc, out int btc);
        Test = test;
        Btc = btc;
        Risk.SetReference(Test, 10_000); // 100.00
    }

    public RiskLimits Limits { get; }

    public InstrumentTable Instruments { get; }

    public VenueTable Venues { get; }

    public OrderTable Orders { get; }

    public PositionBook Positions { get; }

    public KillSwitch Kill { get; }

    public VenueHealth Health { get; }

    public PreTradeRisk Risk { get; }

    public int Test { get; }

    public int Btc { get; }

    public long Now { get; set; } = 5_000_000_000;

    /// <summary>A TEST limit order: quantity in lots, price as a mantissa (cents).</summary>
    public ChildOrder Order(Side side, long quantity, long price = 10_000, int venue = 0, int? instrument = null) => new()
    {
        InstrumentIndex = instrument ?? Test,
        VenueIndex = venue,
        Instrument = TestSetup.Test,
        Venue = Venues[venue].Id,
        Side = side,
        Type = OrderType.Limit,
        TimeInForce = TimeInForce.Day,
        Price = price,
        Quantity = quantity,
    };

    public RiskReason Check(in ChildOrder order) => Risk.Check(in order, Now);

    /// <summary>Puts an order in the table as if it had been sent (open, PendingNew).</summary>
    public void Open(in ChildOrder order) => Assert.Equal(OrderRequestResult.Accepted, Orders.TryCreate(in order, Now, out _));

    /// <summary>A fill straight into positions.</summary>
    public void Position(Side side, long quantity, string price = "100")
    {
        Assert.True(Positions.Apply(new FillEvent
        {
            Sequence = ++_fills,
            Instrument = TestSetup.Test,
            Venue = TestSetup.V1,
            Side = side,
            Quantity = new Quantity(quantity, 0),
            Price = Price.Parse(price, 2),
        }));
    }
}
