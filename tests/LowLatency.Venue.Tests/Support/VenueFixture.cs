using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Support;

/// <summary>
/// A real engine over two instruments with a recording listener and terse order helpers:
/// ACME (id 0, tick 0.01, lot 1) and BTC (id 1, tick 0.5, lot 0.001).
/// </summary>
internal sealed class VenueFixture
{
    public static readonly InstrumentId Acme = new(0);
    public static readonly InstrumentId Btc = new(1);

    public VenueFixture(int capacity = 1024)
    {
        Engine = new MatchingEngine<RecordingListener>(Instruments(), new RecordingListener(Log), new MatchingEngineOptions { MaxOpenOrdersPerInstrument = capacity, InitialLevelsPerSide = 8 });
    }

    public EventLog Log { get; } = new();

    public MatchingEngine<RecordingListener> Engine { get; }

    public OrderBook Book => Engine.GetBook(Acme);

    public static IReadOnlyList<Instrument> Instruments() =>
    [
        Spot(Acme, "ACME", Price.Parse("0.01", 2), Quantity.Parse("1", 0)),
        Spot(Btc, "BTC-USD", Price.Parse("0.5", 1), Quantity.Parse("0.001", 3)),
    ];

    public static Instrument Spot(InstrumentId id, string symbol, Price tick, Quantity lot) => new()
    {
        Id = id,
        Symbol = symbol,
        Kind = InstrumentKind.Spot,
        Underlying = id,
        TickSize = tick,
        LotSize = lot,
    };

    public static ClientOrderId Id(string text) => ClientOrderId.Parse(text);

    public static Price Px(string text) => Price.Parse(text, text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0);

    public static Quantity Qty(string text) => Quantity.Parse(text, text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0);

    public void Limit(int owner, string id, Side side, string price, string qty, TimeInForce tif = TimeInForce.Day, InstrumentId? instrument = null) =>
        Engine.Submit(new NewOrderRequest(instrument ?? Acme, owner, Id(id), side, OrderType.Limit, tif, Px(price), Qty(qty)));

    public void Buy(int owner, string id, string price, string qty, TimeInForce tif = TimeInForce.Day) => Limit(owner, id, Side.Buy, price, qty, tif);

    public void Sell(int owner, string id, string price, string qty, TimeInForce tif = TimeInForce.Day) => Limit(owner, id, Side.Sell, price, qty, tif);

    public void Market(int owner, string id, Side side, string qty, TimeInForce tif = TimeInForce.ImmediateOrCancel) =>
        Engine.Submit(new NewOrderRequest(Acme, owner, Id(id), side, OrderType.Market, tif, default, Qty(qty)));

    public void Cancel(int owner, string id, string origId) =>
        Engine.Cancel(new CancelRequest(Acme, owner, Id(id), Id(origId)));

    public void Replace(int owner, string id, string origId, Side side, string price, string qty) =>
        Engine.Replace(new ReplaceRequest(Acme, owner, Id(id), Id(origId), side, Px(price), Qty(qty)));

    /// <summary>Client ids in queue order at one level.</summary>
    public string[] Queue(Side side, int depth = 0)
    {
        var views = new OrderView[64];
        int n = Book.CopyLevelOrders(side, depth, views);
        return views.Take(n).Select(v => v.ClientOrderId.ToString()).ToArray();
    }

    public (string Price, string Size, int Count)[] Levels(Side side)
    {
        var result = new (string, string, int)[Book.LevelCount(side)];
        for (int i = 0; i < result.Length; i++)
        {
            BookLevel level = Book.GetLevel(side, i);
            result[i] = (level.Price.ToString(), level.Size.ToString(), level.OrderCount);
        }

        return result;
    }

    public List<ExecutionReport> ExecutionsFor(string clientOrderId) =>
        Log.Executions.Where(e => e.ClientOrderId.ToString() == clientOrderId).ToList();
}
