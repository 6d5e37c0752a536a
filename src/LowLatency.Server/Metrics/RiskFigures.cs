using LowLatency.Core.Ids;
using LowLatency.Execution.Risk;
using LowLatency.Rebalancing.Leverage;
using LowLatency.Rebalancing.Liquidation;

namespace LowLatency.Server.Metrics;

/// <summary>
/// A copy of the figures the dashboard and /metrics show — account, per underlying, per instrument, per delta rule,
/// per venue — filled by the decision thread on its stats cadence and copied out by readers through the
/// <see cref="StatsBoard"/>. Arrays are sized once (no allocation per copy).
/// </summary>
public sealed class RiskFigures
{
    public RiskFigures(IReadOnlyList<InstrumentId> underlyings, IReadOnlyList<string> underlyingSymbols, IReadOnlyList<InstrumentId> instruments,
        IReadOnlyList<string> symbols, int deltaRules, IReadOnlyList<string> venues)
    {
        Underlyings = [.. underlyings];
        UnderlyingSymbols = [.. underlyingSymbols];
        Instruments = [.. instruments];
        Symbols = [.. symbols];
        Venues = [.. venues];
        UnderlyingPrice = new double[Underlyings.Length];
        DeltaUnits = new double[Underlyings.Length];
        DeltaCurrency = new double[Underlyings.Length];
        Gamma = new double[Underlyings.Length];
        DollarGamma = new double[Underlyings.Length];
        Vega = new double[Underlyings.Length];
        BookQuantity = new double[Instruments.Length];
        ExecutedQuantity = new double[Instruments.Length];
        Mid = new double[Instruments.Length];
        BandDelta = new double[deltaRules];
        BandHalfWidth = new double[deltaRules];
        BandTarget = new double[deltaRules];
        BandUnderlying = new InstrumentId[deltaRules];
        VenueConnected = new bool[Venues.Length];
        VenueKilled = new bool[Venues.Length];
    }

    public long Sequence;
    public long UtcNs;
    public double Equity;
    public double Cash;
    public double GrossExposure;
    public double Leverage;
    public double MarginRatio;
    public double InitialMargin;
    public double MaintenanceMargin;
    public double NetDeltaCurrency;
    public double NetDollarGamma;
    public double NetVega;
    public double RealisedPnl;
    public double UnrealisedPnl;
    public double Fees;
    public int OpenOrders;
    public long NextOrderSequence;
    public bool KillSwitchActive;
    public KillSwitchCause KillSwitchCause;
    public ProtectionLevel LiquidationLevel;
    public LeverageCampaign LeverageCampaign;

    public InstrumentId[] Underlyings { get; }
    public string[] UnderlyingSymbols { get; }
    public double[] UnderlyingPrice { get; }
    public double[] DeltaUnits { get; }
    public double[] DeltaCurrency { get; }
    public double[] Gamma { get; }
    public double[] DollarGamma { get; }
    public double[] Vega { get; }

    public InstrumentId[] Instruments { get; }
    public string[] Symbols { get; }

    /// <summary>Signed contracts in the risk book (starting positions plus fills).</summary>
    public double[] BookQuantity { get; }

    /// <summary>Signed contracts the engine traded (fills only: the execution position book).</summary>
    public double[] ExecutedQuantity { get; }

    public double[] Mid { get; }

    public InstrumentId[] BandUnderlying { get; }
    public double[] BandDelta { get; }
    public double[] BandHalfWidth { get; }
    public double[] BandTarget { get; }

    public string[] Venues { get; }
    public bool[] VenueConnected { get; }
    public bool[] VenueKilled { get; }

    /// <summary>A reader's private copy with the same shape.</summary>
    public RiskFigures CreateEmptyCopy() =>
        new(Underlyings, UnderlyingSymbols, Instruments, Symbols, BandDelta.Length, Venues);

    /// <summary>Copies every value (the shapes are equal by construction).</summary>
    public void CopyTo(RiskFigures d)
    {
        d.Sequence = Sequence;
        d.UtcNs = UtcNs;
        d.Equity = Equity;
        d.Cash = Cash;
        d.GrossExposure = GrossExposure;
        d.Leverage = Leverage;
        d.MarginRatio = MarginRatio;
        d.InitialMargin = InitialMargin;
        d.MaintenanceMargin = MaintenanceMargin;
        d.NetDeltaCurrency = NetDeltaCurrency;
        d.NetDollarGamma = NetDollarGamma;
        d.NetVega = NetVega;
        d.RealisedPnl = RealisedPnl;
        d.UnrealisedPnl = UnrealisedPnl;
        d.Fees = Fees;
        d.OpenOrders = OpenOrders;
        d.NextOrderSequence = NextOrderSequence;
        d.KillSwitchActive = KillSwitchActive;
        d.KillSwitchCause = KillSwitchCause;
        d.LiquidationLevel = LiquidationLevel;
        d.LeverageCampaign = LeverageCampaign;
        UnderlyingPrice.CopyTo(d.UnderlyingPrice, 0);
        DeltaUnits.CopyTo(d.DeltaUnits, 0);
        DeltaCurrency.CopyTo(d.DeltaCurrency, 0);
        Gamma.CopyTo(d.Gamma, 0);
        DollarGamma.CopyTo(d.DollarGamma, 0);
        Vega.CopyTo(d.Vega, 0);
        BookQuantity.CopyTo(d.BookQuantity, 0);
        ExecutedQuantity.CopyTo(d.ExecutedQuantity, 0);
        Mid.CopyTo(d.Mid, 0);
        BandUnderlying.CopyTo(d.BandUnderlying, 0);
        BandDelta.CopyTo(d.BandDelta, 0);
        BandHalfWidth.CopyTo(d.BandHalfWidth, 0);
        BandTarget.CopyTo(d.BandTarget, 0);
        VenueConnected.CopyTo(d.VenueConnected, 0);
        VenueKilled.CopyTo(d.VenueKilled, 0);
    }
}
