using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Config;

public class PortfolioConfigValidationTests
{
    private static PortfolioConfig Full() => Portfolios.DeltaOnly() with
    {
        Targets = [new WeightTargetConfig { Underlying = "ETH", Instrument = "ETH-PERP", Weight = 0.3 }],
        Leverage = new LeverageConfig { Legs = ["ETH-PERP"] },
        Liquidation = new LiquidationConfig { Reserve = 100_000 },
    };

    [Fact]
    public void TheReferencePortfolioWithEveryPolicyIsValid() => Assert.Empty(Full().Validate());

    public static TheoryData<string, string, int, string> Mutations() => new()
    {
        { "ripcord at max", "LEVERAGE", -1, "Ripcord" },
        { "target above max", "LEVERAGE", -1, "Target" },
        { "no legs", "LEVERAGE", -1, "Legs" },
        { "leg is an option", "LEVERAGE", -1, "Legs" },
        { "levels not falling", "LIQUIDATION", -1, "ReduceBelow" },
        { "negative hysteresis", "LIQUIDATION", -1, "Hysteresis" },
        { "collateral target inside level", "LIQUIDATION", -1, "CollateralTarget" },
        { "reduce target inside level", "LIQUIDATION", -1, "ReduceTarget" },
        { "risk aversion zero", "DELTA", 0, "RiskAversion" },
        { "fixed band without width", "DELTA", 0, "HalfWidth" },
        { "min band below half a lot", "DELTA", 0, "MinHalfWidth" },
        { "hedge on another underlying", "DELTA", 0, "Hedges" },
        { "unknown hedge", "DELTA", 0, "Hedges" },
        { "immediate urgency", "DELTA", 0, "Urgency" },
        { "cross-hedge on a delta-managed underlying", "DELTA", 1, "CrossHedges" },
        { "underlying managed twice", "TARGET", 0, "Underlying" },
        { "both weight bands disabled", "WEIGHTS", -1, "AbsoluteBand" },
        { "weight out of range", "TARGET", 0, "Weight" },
        { "calendar offset beyond period", "WEIGHTS", -1, "CalendarOffset" },
        { "zero lot", "INSTRUMENT", 1, "LotSize" },
        { "duplicate id", "INSTRUMENT", 1, "Id" },
        { "option without expiry", "INSTRUMENT", 3, "Expiry" },
        { "unknown underlying", "INSTRUMENT", 2, "Underlying" },
        { "negative fee", "INSTRUMENT", 0, "FeeRate" },
        { "negative impact limit", "IMPACT", -1, "MaxImpactBps" },
        { "empty name", "PORTFOLIO", -1, "Name" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void EveryOutOfRangeValueIsRefusedNamingItsSectionAndSetting(string mutation, string section, int index, string setting)
    {
        PortfolioConfig config = Mutate(Full(), mutation);
        IReadOnlyList<ConfigIssue> issues = config.Validate();
        Assert.Contains(issues, i => i.Section == section && i.Index == index && i.Setting == setting);
        var ex = Assert.Throws<RebalancingConfigException>(config.EnsureValid);
        Assert.Contains($"{setting}:", ex.Message);
    }

    [Fact]
    public void EnsureValidListsEveryIssueNotOnlyTheFirst()
    {
        PortfolioConfig config = Full() with
        {
            Name = "",
            Leverage = new LeverageConfig { Legs = ["ETH-PERP"], Ripcord = 1 },
        };
        var ex = Assert.Throws<RebalancingConfigException>(config.EnsureValid);
        Assert.True(ex.Issues.Count >= 2);
        Assert.Contains("[PORTFOLIO] Name", ex.Message);
        Assert.Contains("[LEVERAGE] Ripcord", ex.Message);
    }

    private static PortfolioConfig Mutate(PortfolioConfig c, string mutation)
    {
        List<PortfolioInstrumentConfig> instruments = [.. c.Instruments];
        DeltaHedgeConfig delta = c.Deltas[0];
        return mutation switch
        {
            "ripcord at max" => c with { Leverage = c.Leverage! with { Ripcord = c.Leverage.Max } },
            "target above max" => c with { Leverage = c.Leverage! with { Target = 5 } },
            "no legs" => c with { Leverage = c.Leverage! with { Legs = [] } },
            "leg is an option" => c with { Leverage = c.Leverage! with { Legs = ["BTC-C-60000"] } },
            "levels not falling" => c with { Liquidation = c.Liquidation! with { ReduceBelow = 1.7 } },
            "negative hysteresis" => c with { Liquidation = c.Liquidation! with { Hysteresis = -0.1 } },
            "collateral target inside level" => c with { Liquidation = c.Liquidation! with { CollateralTarget = 1.65 } },
            "reduce target inside level" => c with { Liquidation = c.Liquidation! with { ReduceTarget = 1.35 } },
            "risk aversion zero" => c with { Deltas = [delta with { Band = DeltaBandKind.GammaAware, RiskAversion = 0 }] },
            "fixed band without width" => c with { Deltas = [delta with { Band = DeltaBandKind.Fixed, HalfWidth = 0 }] },
            "min band below half a lot" => c with { Deltas = [delta with { Band = DeltaBandKind.GammaAware, MinHalfWidth = 0.0001 }] },
            "hedge on another underlying" => c with { Deltas = [delta with { Hedges = ["BTC-PERP", "ETH-PERP"] }] },
            "unknown hedge" => c with { Deltas = [delta with { Hedges = ["DOGE"] }] },
            "immediate urgency" => c with { Deltas = [delta with { Urgency = ExecutionUrgency.Immediate }] },
            "cross-hedge on a delta-managed underlying" => c with
            {
                Targets = [],
                Deltas = [delta, new DeltaHedgeConfig { Underlying = "ETH", Hedges = [], CrossHedges = ["BTC-PERP"], MinHalfWidth = 0.01 }],
            },
            "underlying managed twice" => c with { Targets = [new WeightTargetConfig { Underlying = "BTC", Instrument = "BTC-PERP", Weight = 0.1 }] },
            "both weight bands disabled" => c with { Weights = new WeightsConfig { AbsoluteBand = 0, RelativeBand = 0 } },
            "weight out of range" => c with { Targets = [c.Targets[0] with { Weight = 11 }] },
            "calendar offset beyond period" => c with { Weights = new WeightsConfig { CalendarPeriod = TimeSpan.FromHours(1), CalendarOffset = TimeSpan.FromHours(2) } },
            "zero lot" => c with { Instruments = Replace(instruments, 1, instruments[1] with { LotSize = new Core.FixedPoint.Quantity(0, 3) }) },
            "duplicate id" => c with { Instruments = Replace(instruments, 1, instruments[1] with { Id = instruments[0].Id }) },
            "option without expiry" => c with { Instruments = Replace(instruments, 3, instruments[3] with { Expiry = null }) },
            "unknown underlying" => c with { Instruments = Replace(instruments, 2, instruments[2] with { Underlying = "XRP" }) },
            "negative fee" => c with { Instruments = Replace(instruments, 0, instruments[0] with { FeeRate = -0.001 }) },
            "negative impact limit" => c with { Impact = new ImpactConfig { MaxImpactBps = -1 } },
            "empty name" => c with { Name = " " },
            _ => throw new ArgumentException(mutation),
        };
    }

    private static List<PortfolioInstrumentConfig> Replace(List<PortfolioInstrumentConfig> list, int index, PortfolioInstrumentConfig value)
    {
        list[index] = value;
        return list;
    }
}
