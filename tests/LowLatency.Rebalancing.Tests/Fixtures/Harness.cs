using LowLatency.Core.Ids;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Quant.Greeks;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;

namespace LowLatency.Rebalancing.Tests.Fixtures;

/// <summary>
/// Drives a real engine and risk book tick by tick: ticks, decisions into preallocated spans, and optional
/// fills at a given price, with time advancing explicitly.
/// </summary>
internal sealed class Harness
{
    private readonly HedgeIntent[] _intents = new HedgeIntent[64];
    private readonly CollateralTransfer[] _transfers = new CollateralTransfer[8];

    public Harness(PortfolioConfig config)
    {
        Engine = RebalancingEngine.Create(config);
        NowNs = Portfolios.StartNs;
    }

    public RebalancingEngine Engine { get; }

    public long NowNs { get; private set; }

    public DecisionResult Last { get; private set; }

    public ReadOnlySpan<HedgeIntent> Intents => _intents.AsSpan(0, Last.Intents);

    public ReadOnlySpan<CollateralTransfer> Transfers => _transfers.AsSpan(0, Last.Transfers);

    public HedgeIntent Single
    {
        get
        {
            Assert.Equal(1, Last.Intents);
            return _intents[0];
        }
    }

    public void Advance(TimeSpan by) => NowNs += by.Ticks * 100;

    /// <summary>Moves the book's price of <paramref name="underlying"/> without a decision (setting up several prices at once).</summary>
    public void Mark(InstrumentId underlying, double price) => Assert.Equal(RiskInputError.None, Engine.Book.OnTick(underlying, price, NowNs));

    /// <summary>Ticks <paramref name="underlying"/> at <paramref name="price"/> and decides.</summary>
    public DecisionResult Tick(InstrumentId underlying, double price)
    {
        Assert.Equal(RiskInputError.None, Engine.Book.OnTick(underlying, price, NowNs));
        Last = Engine.Decide(underlying, NowNs, NowNs, _intents, _transfers);
        return Last;
    }

    public DecisionResult DecideAll()
    {
        Last = Engine.DecideAll(NowNs, NowNs, _intents, _transfers);
        return Last;
    }

    /// <summary>Fills every intent of the last decision at <paramref name="price"/> (per unit of underlying) and applies transfers.</summary>
    public void FillAll(double price)
    {
        foreach (HedgeIntent intent in Intents)
        {
            Assert.Equal(RiskInputError.None, Engine.ApplyFill(intent.Instrument, Signed(intent), price));
        }

        foreach (CollateralTransfer t in Transfers)
        {
            Assert.Equal(RiskInputError.None, Engine.OnCollateralTransfer(t.Amount, succeeded: true));
        }
    }

    public static double Signed(in HedgeIntent intent) => (intent.Side == Side.Buy ? 1 : -1) * intent.Quantity.ToDouble();

    public double Quantity(InstrumentId instrument) => Engine.Book.QuantityOf(instrument);
}
