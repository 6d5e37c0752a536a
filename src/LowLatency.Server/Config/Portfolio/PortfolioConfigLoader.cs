using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Server.Config.Portfolio;

/// <summary>
/// Reads one portfolio's policy file (INI: <c>[PORTFOLIO]</c>, <c>[INSTRUMENT]</c>…, <c>[MARGIN]</c>…,
/// <c>[DELTA]</c>…, <c>[WEIGHTS]</c>, <c>[TARGET]</c>…, <c>[LEVERAGE]</c>, <c>[LIQUIDATION]</c>, <c>[IMPACT]</c>;
/// keys are the Rebalancing configuration's property names, see <c>default-portfolio.ini</c>) into a validated
/// <see cref="PortfolioConfig"/>. Any problem — syntax, unknown section or key (with a "did you mean"), a value
/// that does not parse, or one the configuration refuses — is a <see cref="FixConfigException"/> naming file,
/// line and key, so the server refuses to start with a message the operator can act on.
/// </summary>
/// <remarks>Start-up path: clarity over speed.</remarks>
public static class PortfolioConfigLoader
{
    /// <summary>Loads and validates the file at <paramref name="path"/>.</summary>
    public static PortfolioConfig Load(string path) => Bind(IniDocument.Load(path));

    /// <summary>Parses <paramref name="text"/> (<paramref name="path"/> names it in errors) and validates it.</summary>
    public static PortfolioConfig Parse(string text, string path) => Bind(IniDocument.Parse(text, path));

    public static PortfolioConfig Bind(IniDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var binder = new ConfigBinder(document);
        IniSection portfolio = binder.SingleSection(PortfolioConfig.SectionName)
            ?? throw new FixConfigException(document.Path, 0, null, "missing [PORTFOLIO] section (Name, Cash, PendingTimeout, GreeksTimeResolution)");
        SectionReader p = binder.Read(portfolio);
        IReadOnlyList<IniSection> instruments = binder.Sections(PortfolioInstrumentConfig.SectionName);
        IReadOnlyList<IniSection> margins = binder.Sections(MarginConfig.SectionName);
        IReadOnlyList<IniSection> deltas = binder.Sections(DeltaHedgeConfig.SectionName);
        IReadOnlyList<IniSection> targets = binder.Sections(WeightTargetConfig.SectionName);
        IniSection? weights = binder.SingleSection(WeightsConfig.SectionName);
        IniSection? leverage = binder.SingleSection(LeverageConfig.SectionName);
        IniSection? liquidation = binder.SingleSection(LiquidationConfig.SectionName);
        IniSection? impact = binder.SingleSection(ImpactConfig.SectionName);

        var config = new PortfolioConfig
        {
            Name = p.RequireString(nameof(PortfolioConfig.Name)),
            Cash = p.OptionalDouble(nameof(PortfolioConfig.Cash), 0),
            PendingTimeout = p.OptionalDuration(nameof(PortfolioConfig.PendingTimeout), TimeSpan.FromSeconds(10)),
            GreeksTimeResolution = p.OptionalDuration(nameof(PortfolioConfig.GreeksTimeResolution), TimeSpan.Zero),
            Instruments = Map(instruments, s => Instrument(binder.Read(s))),
            Margins = Map(margins, s => Margin(binder.Read(s))),
            Deltas = Map(deltas, s => Delta(binder.Read(s))),
            Targets = Map(targets, s => Target(binder.Read(s))),
            Weights = weights is null ? new WeightsConfig() : Weights(binder.Read(weights)),
            Leverage = leverage is null ? null : Leverage(binder.Read(leverage)),
            Liquidation = liquidation is null ? null : Liquidation(binder.Read(liquidation)),
            Impact = impact is null ? new ImpactConfig() : Impact(binder.Read(impact)),
        };
        binder.Complete();

        IReadOnlyList<ConfigIssue> issues = config.Validate();
        if (issues.Count > 0)
        {
            throw Locate(binder, issues);
        }

        return config;
    }

    private static PortfolioInstrumentConfig Instrument(SectionReader r)
    {
        var defaults = new PortfolioInstrumentConfig { Id = 0, Symbol = "", Kind = InstrumentKind.Spot, Underlying = "", TickSize = default, LotSize = default };
        return new PortfolioInstrumentConfig
        {
            Id = r.RequireInt(nameof(PortfolioInstrumentConfig.Id), 0, int.MaxValue),
            Symbol = r.RequireString(nameof(PortfolioInstrumentConfig.Symbol)),
            Kind = r.RequireEnum<InstrumentKind>(nameof(PortfolioInstrumentConfig.Kind)),
            Underlying = r.RequireString(nameof(PortfolioInstrumentConfig.Underlying)),
            TickSize = r.RequirePrice(nameof(PortfolioInstrumentConfig.TickSize)),
            LotSize = r.RequireQuantity(nameof(PortfolioInstrumentConfig.LotSize)),
            Multiplier = r.OptionalDouble(nameof(PortfolioInstrumentConfig.Multiplier), defaults.Multiplier),
            Quantity = r.OptionalDouble(nameof(PortfolioInstrumentConfig.Quantity), 0),
            EntryPrice = r.OptionalDouble(nameof(PortfolioInstrumentConfig.EntryPrice), double.NaN),
            MaxOrderQuantity = r.OptionalDouble(nameof(PortfolioInstrumentConfig.MaxOrderQuantity), defaults.MaxOrderQuantity),
            Strike = r.OptionalDouble(nameof(PortfolioInstrumentConfig.Strike), 0),
            Expiry = r.OptionalUtc(nameof(PortfolioInstrumentConfig.Expiry)),
            Right = r.OptionalEnum(nameof(PortfolioInstrumentConfig.Right), OptionRight.Call),
            OnFuture = r.OptionalBool(nameof(PortfolioInstrumentConfig.OnFuture), false),
            Volatility = r.OptionalDouble(nameof(PortfolioInstrumentConfig.Volatility), 0),
            Rate = r.OptionalDouble(nameof(PortfolioInstrumentConfig.Rate), 0),
            DividendYield = r.OptionalDouble(nameof(PortfolioInstrumentConfig.DividendYield), 0),
            Spread = r.OptionalDouble(nameof(PortfolioInstrumentConfig.Spread), 0),
            FeeRate = r.OptionalDouble(nameof(PortfolioInstrumentConfig.FeeRate), 0),
            DailyVolume = r.OptionalDouble(nameof(PortfolioInstrumentConfig.DailyVolume), defaults.DailyVolume),
            DailyVolatility = r.OptionalDouble(nameof(PortfolioInstrumentConfig.DailyVolatility), defaults.DailyVolatility),
            ImpactCoefficient = r.OptionalDouble(nameof(PortfolioInstrumentConfig.ImpactCoefficient), defaults.ImpactCoefficient),
            CarryRatePerDay = r.OptionalDouble(nameof(PortfolioInstrumentConfig.CarryRatePerDay), 0),
        };
    }

    private static MarginConfig Margin(SectionReader r)
    {
        MarginParameters d = MarginParameters.Default;
        return new MarginConfig
        {
            Underlying = r.RequireString(nameof(MarginConfig.Underlying)),
            Parameters = new MarginParameters
            {
                SpotInitialRate = r.OptionalDouble(nameof(d.SpotInitialRate), d.SpotInitialRate),
                SpotMaintenanceRate = r.OptionalDouble(nameof(d.SpotMaintenanceRate), d.SpotMaintenanceRate),
                FutureInitialRate = r.OptionalDouble(nameof(d.FutureInitialRate), d.FutureInitialRate),
                FutureMaintenanceRate = r.OptionalDouble(nameof(d.FutureMaintenanceRate), d.FutureMaintenanceRate),
                PerpetualInitialRate = r.OptionalDouble(nameof(d.PerpetualInitialRate), d.PerpetualInitialRate),
                PerpetualMaintenanceRate = r.OptionalDouble(nameof(d.PerpetualMaintenanceRate), d.PerpetualMaintenanceRate),
                ScanRange = r.OptionalDouble(nameof(d.ScanRange), d.ScanRange),
                VolShift = r.OptionalDouble(nameof(d.VolShift), d.VolShift),
                ShortOptionMinimum = r.OptionalDouble(nameof(d.ShortOptionMinimum), d.ShortOptionMinimum),
                OptionMaintenanceFraction = r.OptionalDouble(nameof(d.OptionMaintenanceFraction), d.OptionMaintenanceFraction),
            },
        };
    }

    private static DeltaHedgeConfig Delta(SectionReader r)
    {
        var d = new DeltaHedgeConfig { Underlying = "", Hedges = [] };
        return new DeltaHedgeConfig
        {
            Underlying = r.RequireString(nameof(d.Underlying)),
            Hedges = r.OptionalList(nameof(d.Hedges)),
            CrossHedges = r.OptionalList(nameof(d.CrossHedges)),
            Band = r.OptionalEnum(nameof(d.Band), d.Band),
            HalfWidth = r.OptionalDouble(nameof(d.HalfWidth), d.HalfWidth),
            HalfWidthCurrency = r.OptionalDouble(nameof(d.HalfWidthCurrency), d.HalfWidthCurrency),
            RiskAversion = r.OptionalDouble(nameof(d.RiskAversion), d.RiskAversion),
            MinHalfWidth = r.OptionalDouble(nameof(d.MinHalfWidth), d.MinHalfWidth),
            MaxHalfWidth = r.OptionalDouble(nameof(d.MaxHalfWidth), d.MaxHalfWidth),
            TargetDelta = r.OptionalDouble(nameof(d.TargetDelta), d.TargetDelta),
            TradeTo = r.OptionalEnum(nameof(d.TradeTo), d.TradeTo),
            MinTradeNotional = r.OptionalDouble(nameof(d.MinTradeNotional), d.MinTradeNotional),
            Urgency = r.OptionalEnum(nameof(d.Urgency), d.Urgency),
            Estimator = r.OptionalEnum(nameof(d.Estimator), d.Estimator),
            EstimatorHalfLife = r.OptionalDouble(nameof(d.EstimatorHalfLife), d.EstimatorHalfLife),
            EstimatorWindow = r.OptionalInt(nameof(d.EstimatorWindow), d.EstimatorWindow, int.MinValue, int.MaxValue),
            SampleInterval = r.OptionalDuration(nameof(d.SampleInterval), d.SampleInterval),
            WarmupSamples = r.OptionalInt(nameof(d.WarmupSamples), d.WarmupSamples, int.MinValue, int.MaxValue),
            InitialHedgeRatio = r.OptionalDouble(nameof(d.InitialHedgeRatio), d.InitialHedgeRatio),
            MinHedgeRatio = r.OptionalDouble(nameof(d.MinHedgeRatio), d.MinHedgeRatio),
        };
    }

    private static WeightsConfig Weights(SectionReader r)
    {
        var d = new WeightsConfig();
        return new WeightsConfig
        {
            AbsoluteBand = r.OptionalDouble(nameof(d.AbsoluteBand), d.AbsoluteBand),
            RelativeBand = r.OptionalDouble(nameof(d.RelativeBand), d.RelativeBand),
            TradeTo = r.OptionalEnum(nameof(d.TradeTo), d.TradeTo),
            Schedule = r.OptionalEnum(nameof(d.Schedule), d.Schedule),
            CalendarPeriod = r.OptionalDuration(nameof(d.CalendarPeriod), d.CalendarPeriod),
            CalendarOffset = r.OptionalDuration(nameof(d.CalendarOffset), d.CalendarOffset),
            MinTradeNotional = r.OptionalDouble(nameof(d.MinTradeNotional), d.MinTradeNotional),
            Urgency = r.OptionalEnum(nameof(d.Urgency), d.Urgency),
        };
    }

    private static WeightTargetConfig Target(SectionReader r) => new()
    {
        Underlying = r.RequireString(nameof(WeightTargetConfig.Underlying)),
        Instrument = r.RequireString(nameof(WeightTargetConfig.Instrument)),
        Weight = r.RequireDouble(nameof(WeightTargetConfig.Weight)),
        AbsoluteBand = r.OptionalDouble(nameof(WeightTargetConfig.AbsoluteBand), double.NaN),
        RelativeBand = r.OptionalDouble(nameof(WeightTargetConfig.RelativeBand), double.NaN),
    };

    private static LeverageConfig Leverage(SectionReader r)
    {
        var d = new LeverageConfig { Legs = [] };
        return new LeverageConfig
        {
            Min = r.OptionalDouble(nameof(d.Min), d.Min),
            Target = r.OptionalDouble(nameof(d.Target), d.Target),
            Max = r.OptionalDouble(nameof(d.Max), d.Max),
            Ripcord = r.OptionalDouble(nameof(d.Ripcord), d.Ripcord),
            Legs = r.OptionalList(nameof(d.Legs)),
            MaxTradeNotional = r.OptionalDouble(nameof(d.MaxTradeNotional), d.MaxTradeNotional),
            ChunkInterval = r.OptionalDuration(nameof(d.ChunkInterval), d.ChunkInterval),
            Cooldown = r.OptionalDuration(nameof(d.Cooldown), d.Cooldown),
            Urgency = r.OptionalEnum(nameof(d.Urgency), ExecutionUrgency.Aggressive),
        };
    }

    private static LiquidationConfig Liquidation(SectionReader r)
    {
        var d = new LiquidationConfig();
        return new LiquidationConfig
        {
            AddCollateralBelow = r.OptionalDouble(nameof(d.AddCollateralBelow), d.AddCollateralBelow),
            ReduceBelow = r.OptionalDouble(nameof(d.ReduceBelow), d.ReduceBelow),
            FullBelow = r.OptionalDouble(nameof(d.FullBelow), d.FullBelow),
            Hysteresis = r.OptionalDouble(nameof(d.Hysteresis), d.Hysteresis),
            Reserve = r.OptionalDouble(nameof(d.Reserve), d.Reserve),
            CollateralTarget = r.OptionalDouble(nameof(d.CollateralTarget), d.CollateralTarget),
            ReduceTarget = r.OptionalDouble(nameof(d.ReduceTarget), d.ReduceTarget),
            Order = r.OptionalEnum(nameof(d.Order), d.Order),
            RetryInterval = r.OptionalDuration(nameof(d.RetryInterval), d.RetryInterval),
        };
    }

    private static ImpactConfig Impact(SectionReader r)
    {
        var d = new ImpactConfig();
        return new ImpactConfig
        {
            MaxImpactBps = r.OptionalDouble(nameof(d.MaxImpactBps), d.MaxImpactBps),
            SliceInterval = r.OptionalDuration(nameof(d.SliceInterval), d.SliceInterval),
            MaxSlippageBps = r.OptionalDouble(nameof(d.MaxSlippageBps), d.MaxSlippageBps),
            HoldingDays = r.OptionalDouble(nameof(d.HoldingDays), d.HoldingDays),
        };
    }

    private static IReadOnlyList<T> Map<T>(IReadOnlyList<IniSection> sections, Func<IniSection, T> read)
    {
        var list = new List<T>(sections.Count);
        foreach (IniSection s in sections)
        {
            list.Add(read(s));
        }

        return list;
    }

    // The first refused setting at the line that holds it (or its section's header when it was left at its default).
    private static FixConfigException Locate(ConfigBinder binder, IReadOnlyList<ConfigIssue> issues)
    {
        ConfigIssue first = issues[0];
        string more = issues.Count > 1 ? $" (and {issues.Count - 1} more: {string.Join("; ", issues.Skip(1))})" : string.Empty;
        IReadOnlyList<IniSection> sections = binder.Sections(first.Section);
        int index = Math.Max(first.Index, 0);
        IniSection? section = index < sections.Count ? sections[index] : null;
        if (section is null)
        {
            section = binder.SingleSection(PortfolioConfig.SectionName)!;
            return binder.Read(section).Error(first.Setting, $"[{first.Section}] (defaults): {first.Message}{more}");
        }

        return binder.Read(section).Error(first.Setting, first.Message + more);
    }
}
