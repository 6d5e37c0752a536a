using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Everything one portfolio's rebalancing needs (one policy file per portfolio): its instruments and starting
/// positions, margin rules, and the four policies in priority order — liquidation protection, target leverage,
/// delta hedging, target weights — plus impact-aware sizing. Immutable; <see cref="Validate"/> names every
/// refused setting before anything runs.
/// </summary>
public sealed record PortfolioConfig
{
    public const string SectionName = "PORTFOLIO";

    /// <summary>Underlyings per portfolio are capped so per-decision claims fit one 64-bit mask.</summary>
    public const int MaxUnderlyings = 64;

    public required string Name { get; init; }

    /// <summary>Starting cash (equity before mark-to-market).</summary>
    public double Cash { get; init; }

    /// <summary>An order that reported nothing for this long no longer counts as in flight (lost acknowledgement).</summary>
    public TimeSpan PendingTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How stale the time to expiry in the per-tick greeks may get (0 = exact every tick; e.g. 1 ms refreshes the
    /// time-only terms at most once a millisecond per underlying, most of a tick's repricing; error about |Θ|·resolution).
    /// </summary>
    public TimeSpan GreeksTimeResolution { get; init; }

    public required IReadOnlyList<PortfolioInstrumentConfig> Instruments { get; init; }

    public IReadOnlyList<MarginConfig> Margins { get; init; } = [];

    public WeightsConfig Weights { get; init; } = new();

    public IReadOnlyList<WeightTargetConfig> Targets { get; init; } = [];

    public IReadOnlyList<DeltaHedgeConfig> Deltas { get; init; } = [];

    public LeverageConfig? Leverage { get; init; }

    public LiquidationConfig? Liquidation { get; init; }

    public ImpactConfig Impact { get; init; } = new();

    /// <summary>Every problem found (empty when the configuration can run).</summary>
    public IReadOnlyList<ConfigIssue> Validate()
    {
        var issues = new ConfigIssues();
        if (string.IsNullOrWhiteSpace(Name))
        {
            issues.Add(SectionName, -1, nameof(Name), "must not be empty");
        }

        issues.Range(SectionName, -1, nameof(Cash), Cash, -1e15, 1e15);
        issues.Duration(SectionName, -1, nameof(PendingTimeout), PendingTimeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        issues.Duration(SectionName, -1, nameof(GreeksTimeResolution), GreeksTimeResolution, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        if (Instruments.Count == 0)
        {
            issues.Add(SectionName, -1, nameof(Instruments), "the portfolio lists no [INSTRUMENT]");
            return issues.Items;
        }

        var bySymbol = new Dictionary<string, (PortfolioInstrumentConfig Config, int Index)>(StringComparer.Ordinal);
        var ids = new HashSet<int>();
        for (int i = 0; i < Instruments.Count; i++)
        {
            PortfolioInstrumentConfig c = Instruments[i];
            c.Validate(issues, i);
            if (!ids.Add(c.Id))
            {
                issues.Add(PortfolioInstrumentConfig.SectionName, i, nameof(c.Id), $"id {c.Id} is used twice");
            }

            if (c.Symbol is not null && !bySymbol.TryAdd(c.Symbol, (c, i)))
            {
                issues.Add(PortfolioInstrumentConfig.SectionName, i, nameof(c.Symbol), $"symbol '{c.Symbol}' is listed twice");
            }
        }

        var underlyings = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Instruments.Count; i++)
        {
            PortfolioInstrumentConfig c = Instruments[i];
            if (c.Underlying is not null && c.Underlying != c.Symbol && !bySymbol.ContainsKey(c.Underlying))
            {
                issues.Add(PortfolioInstrumentConfig.SectionName, i, nameof(c.Underlying), $"'{c.Underlying}' is not an instrument of the portfolio");
            }

            underlyings.Add(c.Underlying ?? "");
        }

        if (underlyings.Count > MaxUnderlyings)
        {
            issues.Add(SectionName, -1, nameof(Instruments), $"at most {MaxUnderlyings} underlyings per portfolio, got {underlyings.Count}");
        }

        ValidateMargins(issues, underlyings);
        ValidatePolicies(issues, bySymbol, underlyings);
        return issues.Items;
    }

    /// <summary>Throws <see cref="RebalancingConfigException"/> listing every problem.</summary>
    public void EnsureValid()
    {
        IReadOnlyList<ConfigIssue> issues = Validate();
        if (issues.Count > 0)
        {
            throw new RebalancingConfigException(issues);
        }
    }

    /// <summary>The id of an instrument's underlying (cold path; the configuration must be valid).</summary>
    public InstrumentId UnderlyingIdOf(PortfolioInstrumentConfig instrument) => new(Find(instrument.Underlying).Id);

    /// <summary>The instrument called <paramref name="symbol"/>; throws if absent (validated configurations only).</summary>
    public PortfolioInstrumentConfig Find(string symbol)
    {
        foreach (PortfolioInstrumentConfig c in Instruments)
        {
            if (c.Symbol == symbol)
            {
                return c;
            }
        }

        throw new ArgumentException($"'{symbol}' is not an instrument of portfolio '{Name}'", nameof(symbol));
    }

    /// <summary>A risk book holding every instrument at its starting quantity, with the configured margin rules.</summary>
    public PortfolioRiskBook BuildRiskBook()
    {
        EnsureValid();
        var builder = new PortfolioRiskBookBuilder().WithCash(Cash).WithTimeResolution(GreeksTimeResolution);
        foreach (MarginConfig m in Margins)
        {
            if (m.IsDefault)
            {
                builder.WithDefaultMargin(m.Parameters);
            }
            else
            {
                builder.WithMargin(new InstrumentId(Find(m.Underlying).Id), m.Parameters);
            }
        }

        foreach (PortfolioInstrumentConfig c in Instruments)
        {
            Instrument instrument = c.ToInstrument(UnderlyingIdOf(c));
            builder.AddPosition(instrument, c.Quantity, c.Volatility, c.Rate, c.DividendYield);
        }

        return builder.Build();
    }

    private void ValidateMargins(ConfigIssues issues, HashSet<string> underlyings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Margins.Count; i++)
        {
            MarginConfig m = Margins[i];
            m.Validate(issues, i);
            if (!m.IsDefault && !underlyings.Contains(m.Underlying))
            {
                issues.Add(MarginConfig.SectionName, i, nameof(m.Underlying), $"'{m.Underlying}' is not an underlying of the portfolio");
            }

            if (!seen.Add(m.Underlying))
            {
                issues.Add(MarginConfig.SectionName, i, nameof(m.Underlying), $"margin for '{m.Underlying}' is given twice");
            }
        }
    }

    private void ValidatePolicies(ConfigIssues issues, Dictionary<string, (PortfolioInstrumentConfig Config, int Index)> bySymbol, HashSet<string> underlyings)
    {
        Impact.Validate(issues);
        Weights.Validate(issues);
        var managed = new Dictionary<string, string>(StringComparer.Ordinal);
        var deltaUnderlyings = new HashSet<string>(StringComparer.Ordinal);
        foreach (DeltaHedgeConfig d in Deltas)
        {
            deltaUnderlyings.Add(d.Underlying);
        }

        for (int i = 0; i < Deltas.Count; i++)
        {
            DeltaHedgeConfig d = Deltas[i];
            const string S = DeltaHedgeConfig.SectionName;
            d.Validate(issues, i);
            CheckUnderlying(issues, S, i, nameof(d.Underlying), d.Underlying, underlyings);
            if (!managed.TryAdd(d.Underlying, $"[DELTA #{i + 1}]"))
            {
                issues.Add(S, i, nameof(d.Underlying), $"{d.Underlying} is already managed by {managed[d.Underlying]}");
            }

            foreach (string h in d.Hedges)
            {
                if (CheckLinear(issues, S, i, nameof(d.Hedges), h, bySymbol) is { } hedge)
                {
                    if (hedge.Underlying != d.Underlying)
                    {
                        issues.Add(S, i, nameof(d.Hedges), $"'{h}' is on {hedge.Underlying}, not on {d.Underlying} (use CrossHedges for another underlying)");
                    }
                    else if (hedge.LotSize.Mantissa > 0 && d.Band == DeltaBandKind.GammaAware && d.MinHalfWidth < 0.5 * hedge.LotSize.ToDouble() * hedge.Multiplier)
                    {
                        issues.Add(S, i, nameof(d.MinHalfWidth), $"must be at least half a lot of '{h}' ({ConfigIssues.F(0.5 * hedge.LotSize.ToDouble() * hedge.Multiplier)} units) or the band cannot be met, got {ConfigIssues.F(d.MinHalfWidth)}");
                    }
                    else if (hedge.LotSize.Mantissa > 0 && d.Band == DeltaBandKind.Fixed && d.HalfWidth > 0 && d.HalfWidth < 0.5 * hedge.LotSize.ToDouble() * hedge.Multiplier)
                    {
                        issues.Add(S, i, nameof(d.HalfWidth), $"must be at least half a lot of '{h}' ({ConfigIssues.F(0.5 * hedge.LotSize.ToDouble() * hedge.Multiplier)} units), got {ConfigIssues.F(d.HalfWidth)}");
                    }
                }
            }

            foreach (string x in d.CrossHedges)
            {
                if (CheckLinear(issues, S, i, nameof(d.CrossHedges), x, bySymbol) is { } proxy)
                {
                    if (proxy.Underlying == d.Underlying)
                    {
                        issues.Add(S, i, nameof(d.CrossHedges), $"'{x}' is on {d.Underlying} itself (list it in Hedges)");
                    }
                    else if (deltaUnderlyings.Contains(proxy.Underlying))
                    {
                        issues.Add(S, i, nameof(d.CrossHedges), $"'{x}' is on {proxy.Underlying}, whose own delta policy would hedge the cross-hedge away");
                    }
                }
            }
        }

        for (int i = 0; i < Targets.Count; i++)
        {
            WeightTargetConfig t = Targets[i];
            const string S = WeightTargetConfig.SectionName;
            t.Validate(issues, i, Weights);
            CheckUnderlying(issues, S, i, nameof(t.Underlying), t.Underlying, underlyings);
            if (!managed.TryAdd(t.Underlying, $"[TARGET #{i + 1}]"))
            {
                issues.Add(S, i, nameof(t.Underlying), $"{t.Underlying} is already managed by {managed[t.Underlying]}");
            }

            if (CheckLinear(issues, S, i, nameof(t.Instrument), t.Instrument, bySymbol) is { } traded && traded.Underlying != t.Underlying)
            {
                issues.Add(S, i, nameof(t.Instrument), $"'{t.Instrument}' is on {traded.Underlying}, not on {t.Underlying}");
            }
        }

        if (Leverage is not null)
        {
            Leverage.Validate(issues);
            foreach (string leg in Leverage.Legs)
            {
                CheckLinear(issues, LeverageConfig.SectionName, -1, nameof(Leverage.Legs), leg, bySymbol);
            }
        }

        Liquidation?.Validate(issues);
    }

    private static void CheckUnderlying(ConfigIssues issues, string section, int index, string setting, string underlying, HashSet<string> underlyings)
    {
        if (!underlyings.Contains(underlying))
        {
            issues.Add(section, index, setting, $"'{underlying}' is not an underlying of the portfolio");
        }
    }

    private static PortfolioInstrumentConfig? CheckLinear(ConfigIssues issues, string section, int index, string setting, string symbol, Dictionary<string, (PortfolioInstrumentConfig Config, int Index)> bySymbol)
    {
        if (!bySymbol.TryGetValue(symbol, out var found))
        {
            issues.Add(section, index, setting, $"'{symbol}' is not an instrument of the portfolio");
            return null;
        }

        if (!found.Config.IsLinear)
        {
            issues.Add(section, index, setting, $"'{symbol}' is an option; only spot, perpetuals and futures may be traded here");
            return null;
        }

        return found.Config;
    }
}
