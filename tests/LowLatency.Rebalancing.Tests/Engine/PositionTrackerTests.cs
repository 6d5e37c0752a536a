using LowLatency.Core.Ids;
using LowLatency.Quant.Greeks;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Engine;

public class PositionTrackerTests
{
    private static RebalancingEngine Engine() => RebalancingEngine.Create(Portfolios.DeltaOnly(instruments: Portfolios.Instruments(calls: 0, puts: 0)));

    [Fact]
    public void FillsMoveTheBookAndTheProjectedPositionTogetherAndRealiseProfitOnClosing()
    {
        RebalancingEngine engine = Engine();
        Assert.Equal(RiskInputError.None, engine.ApplyFill(Portfolios.BtcFuture, 10, 60_000));
        Assert.Equal(RiskInputError.None, engine.ApplyFill(Portfolios.BtcFuture, 10, 62_000));
        engine.Universe.TryGetSlot(Portfolios.BtcFuture, out int slot);
        Assert.Equal(20, engine.Positions.Position(slot));
        Assert.Equal(20, engine.Book.QuantityOf(Portfolios.BtcFuture));
        Assert.Equal(61_000, engine.Positions.EntryPrice(slot));
        engine.ApplyFill(Portfolios.BtcFuture, -25, 63_000); // closes 20 (+2 000 × 20 × 0.01), opens 5 short at 63 000
        Assert.Equal(400, engine.Positions.RealizedPnl, 9);
        Assert.Equal(-5, engine.Positions.Position(slot));
        Assert.Equal(63_000, engine.Positions.EntryPrice(slot));
    }

    [Fact]
    public void ARefusedFillChangesNeitherTheBookNorTheTracker()
    {
        RebalancingEngine engine = Engine();
        Assert.Equal(RiskInputError.QuantityOutOfRange, engine.ApplyFill(Portfolios.BtcPerp, double.NaN, 60_000));
        Assert.Equal(RiskInputError.NonPositivePrice, engine.ApplyFill(Portfolios.BtcPerp, 1, -5));
        Assert.Equal(RiskInputError.UnknownInstrument, engine.ApplyFill(new InstrumentId(999), 1, 60_000));
        engine.Universe.TryGetSlot(Portfolios.BtcPerp, out int slot);
        Assert.Equal(0, engine.Positions.Position(slot));
        Assert.Equal(0, engine.Book.QuantityOf(Portfolios.BtcPerp));
    }

    [Fact]
    public void InFlightQuantityShrinksWithFillsButNeverPastZero()
    {
        var h = new Harness(Portfolios.DeltaOnly(instruments: Portfolios.Instruments(calls: 0, puts: 0) is var list ? [list[0] with { Quantity = 3 }, .. list.Skip(1)] : null));
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(-2.5, h.Engine.Positions.Pending(1), 9);
        h.Engine.ApplyFill(Portfolios.BtcPerp, -3, 60_000); // overfill
        Assert.Equal(0, h.Engine.Positions.Pending(1));
        Assert.False(h.Engine.Positions.AnyPending);
        h.Engine.OnOrderDone(Portfolios.BtcPerp, -1); // a late cancel report changes nothing
        Assert.Equal(0, h.Engine.Positions.Pending(1));
        h.Engine.OnOrderDone(new InstrumentId(999), 1); // unknown instrument: ignored
    }

    [Fact]
    public void StartingPositionsWithoutAnEntryPriceTakeTheirFirstMark()
    {
        var h = new Harness(Portfolios.DeltaOnly());
        h.Engine.Universe.TryGetSlot(Portfolios.BtcCall, out int call);
        Assert.True(double.IsNaN(h.Engine.Positions.EntryPrice(call)));
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(h.Engine.Book.GetPosition(h.Engine.Book.TryGetPositionIndex(Portfolios.BtcCall, out int i) ? i : -1).UnitPrice, h.Engine.Positions.EntryPrice(call));
    }
}
