using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// Struct-of-arrays state of every position, preallocated once, ordered so each underlying owns one
/// contiguous range [GroupStart, GroupEnd) with its linear positions first and its options from
/// GroupOptionStart: a tick touches exactly one range and the option part is one span for the SIMD kernels.
/// </summary>
internal sealed class PositionStore
{
    public PositionStore(int positions, int groups)
    {
        Instrument = new InstrumentId[positions];
        Kind = new InstrumentKind[positions];
        Group = new int[positions];
        Multiplier = new double[positions];
        Strike = new double[positions];
        LogStrike = new double[positions];
        ExpiryYears = new double[positions];
        Sign = new double[positions];
        Black76 = new double[positions];
        Volatility = new double[positions];
        Rate = new double[positions];
        DividendYield = new double[positions];
        Quantity = new double[positions];
        UnitPrice = new double[positions];
        UnitDelta = new double[positions];
        UnitGamma = new double[positions];
        UnitVega = new double[positions];
        UnitTheta = new double[positions];
        UnitRho = new double[positions];
        InitialMargin = new double[positions];
        MaintenanceMargin = new double[positions];
        InitialRate = new double[positions];
        MaintenanceRate = new double[positions];
        RateDiscountAtExpiry = new double[positions];
        CarryDiscountAtExpiry = new double[positions];
        Time = new TimeCache(positions, groups);
        GroupStart = new int[groups];
        GroupOptionStart = new int[groups];
        GroupEnd = new int[groups];
        Scenario = new MarginScenario[groups];
        Risk = new UnderlyingRisk[groups];
        ReferenceYears = new double[groups];
        UniformRates = new bool[groups];
        GroupRate = new double[groups];
        GroupYield = new double[groups];
    }

    // Per position: terms and inputs.
    public readonly InstrumentId[] Instrument;
    public readonly InstrumentKind[] Kind;
    public readonly int[] Group;
    public readonly double[] Multiplier;
    public readonly double[] Strike;
    public readonly double[] LogStrike; // ln K, so a tick needs one ln S instead of a logarithm per option
    public readonly double[] ExpiryYears;
    public readonly double[] Sign;
    public readonly double[] Black76;
    public readonly double[] Volatility;
    public readonly double[] Rate;
    public readonly double[] DividendYield;
    public readonly double[] Quantity;
    public readonly double[] InitialRate;
    public readonly double[] MaintenanceRate;

    // Per option, when its underlying's rates are uniform: e^(−r(E−T0)) and e^((b−r)(E−T0)), T0 the group's
    // ReferenceYears, so a tick's discounting is one scalar exponential per rate (see PortfolioRiskBook.Time).
    public readonly double[] RateDiscountAtExpiry;
    public readonly double[] CarryDiscountAtExpiry;
    public readonly TimeCache Time;

    // Per position: last valuation (per unit of underlying) and position margin.
    public readonly double[] UnitPrice;
    public readonly double[] UnitDelta;
    public readonly double[] UnitGamma;
    public readonly double[] UnitVega;
    public readonly double[] UnitTheta;
    public readonly double[] UnitRho;
    public readonly double[] InitialMargin;
    public readonly double[] MaintenanceMargin;

    // Per underlying.
    public readonly int[] GroupStart;
    public readonly int[] GroupOptionStart;
    public readonly int[] GroupEnd;
    public readonly MarginScenario[] Scenario;
    public readonly UnderlyingRisk[] Risk;
    public readonly double[] ReferenceYears; // T0: midpoint of the group's option expiries
    public readonly bool[] UniformRates;     // every option has GroupRate, every BSM option GroupYield
    public readonly double[] GroupRate;
    public readonly double[] GroupYield;

    public int Count => Quantity.Length;

    public int GroupCount => Risk.Length;
}
