using LowLatency.Model.Intents;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Delta-neutral hedging of one underlying (section <c>[DELTA]</c>): the band, where to trade back to, the
/// instruments that may hedge it (the cheapest per unit of delta wins), and optional cross-hedges in another
/// underlying sized with the rolling minimum-variance ratio h* = Cov(s, f)/Var(f).
/// </summary>
public sealed record DeltaHedgeConfig
{
    public const string SectionName = "DELTA";

    /// <summary>Symbol of the underlying whose delta is kept at <see cref="TargetDelta"/>.</summary>
    public required string Underlying { get; init; }

    /// <summary>Linear instruments on this underlying that may hedge (spot, perpetual, future).</summary>
    public required IReadOnlyList<string> Hedges { get; init; }

    /// <summary>Linear instruments on other underlyings used as minimum-variance cross-hedges.</summary>
    public IReadOnlyList<string> CrossHedges { get; init; } = [];

    public DeltaBandKind Band { get; init; } = DeltaBandKind.GammaAware;

    /// <summary>Fixed band half-width in units of underlying (Fixed; exclusive with <see cref="HalfWidthCurrency"/>).</summary>
    public double HalfWidth { get; init; }

    /// <summary>Fixed band half-width in currency, converted at the current price (Fixed).</summary>
    public double HalfWidthCurrency { get; init; }

    /// <summary>Absolute risk aversion γ per unit of currency (GammaAware): larger γ, narrower band.</summary>
    public double RiskAversion { get; init; } = 1e-4;

    /// <summary>Floor of the gamma-aware half-width in units (a linear book has Γ = 0 and would otherwise hedge every lot).</summary>
    public double MinHalfWidth { get; init; }

    /// <summary>Cap of the gamma-aware half-width in units (a risk limit whatever the gamma).</summary>
    public double MaxHalfWidth { get; init; } = double.PositiveInfinity;

    /// <summary>Delta to hold, in units of underlying (0 = neutral).</summary>
    public double TargetDelta { get; init; }

    public TradeTo TradeTo { get; init; } = TradeTo.BandEdge;

    public double MinTradeNotional { get; init; }

    public ExecutionUrgency Urgency { get; init; } = ExecutionUrgency.Aggressive;

    // Cross-hedge estimation.
    public CrossHedgeEstimator Estimator { get; init; } = CrossHedgeEstimator.Ewma;

    /// <summary>EWMA half-life in samples.</summary>
    public double EstimatorHalfLife { get; init; } = 60;

    /// <summary>Window length in samples (Window estimator).</summary>
    public int EstimatorWindow { get; init; } = 120;

    /// <summary>Spacing of the aligned return samples of both legs.</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Samples before the estimate replaces <see cref="InitialHedgeRatio"/>.</summary>
    public int WarmupSamples { get; init; } = 30;

    /// <summary>h* used until the estimator is warm.</summary>
    public double InitialHedgeRatio { get; init; } = 1.0;

    /// <summary>A cross-hedge whose |h*| falls below this is not used (the proxy no longer tracks the underlying).</summary>
    public double MinHedgeRatio { get; init; } = 0.1;

    internal void Validate(ConfigIssues issues, int index)
    {
        const string S = SectionName;
        if (Hedges.Count == 0 && CrossHedges.Count == 0)
        {
            issues.Add(S, index, nameof(Hedges), $"delta of {Underlying} needs at least one hedge or cross-hedge instrument");
        }

        if (!Enum.IsDefined(Band))
        {
            issues.Add(S, index, nameof(Band), $"unknown value {Band}");
        }
        else if (Band == DeltaBandKind.Fixed)
        {
            issues.Range(S, index, nameof(HalfWidth), HalfWidth, 0, 1e12);
            issues.Range(S, index, nameof(HalfWidthCurrency), HalfWidthCurrency, 0, 1e15);
            if ((HalfWidth > 0) == (HalfWidthCurrency > 0))
            {
                issues.Add(S, index, nameof(HalfWidth), "a Fixed band needs exactly one of HalfWidth (units) or HalfWidthCurrency, positive");
            }
        }
        else
        {
            issues.Positive(S, index, nameof(RiskAversion), RiskAversion, 1e6);
        }

        issues.Range(S, index, nameof(MinHalfWidth), MinHalfWidth, 0, 1e12);
        if (!(MaxHalfWidth >= MinHalfWidth) || MaxHalfWidth <= 0)
        {
            issues.Add(S, index, nameof(MaxHalfWidth), $"must be positive and at least MinHalfWidth ({ConfigIssues.F(MinHalfWidth)}), got {ConfigIssues.F(MaxHalfWidth)}");
        }

        issues.Range(S, index, nameof(TargetDelta), TargetDelta, -1e12, 1e12);
        if (!Enum.IsDefined(TradeTo))
        {
            issues.Add(S, index, nameof(TradeTo), $"unknown value {TradeTo}");
        }

        issues.Range(S, index, nameof(MinTradeNotional), MinTradeNotional, 0, 1e12);
        if (Urgency == ExecutionUrgency.Immediate || !Enum.IsDefined(Urgency))
        {
            issues.Add(S, index, nameof(Urgency), $"must be Passive or Aggressive (Immediate is reserved for de-risking), got {Urgency}");
        }

        if (CrossHedges.Count > 0)
        {
            if (!Enum.IsDefined(Estimator))
            {
                issues.Add(S, index, nameof(Estimator), $"unknown value {Estimator}");
            }

            issues.Range(S, index, nameof(EstimatorHalfLife), EstimatorHalfLife, 1, 1e6);
            issues.Range(S, index, nameof(EstimatorWindow), EstimatorWindow, 3, 100_000);
            issues.Duration(S, index, nameof(SampleInterval), SampleInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
            issues.Range(S, index, nameof(WarmupSamples), WarmupSamples, 2, 1_000_000);
            issues.Range(S, index, nameof(InitialHedgeRatio), InitialHedgeRatio, -100, 100);
            issues.Range(S, index, nameof(MinHedgeRatio), MinHedgeRatio, 1e-6, 100);
            if (Math.Abs(InitialHedgeRatio) < MinHedgeRatio)
            {
                issues.Add(S, index, nameof(InitialHedgeRatio), $"|InitialHedgeRatio| must be at least MinHedgeRatio ({ConfigIssues.F(MinHedgeRatio)}), got {ConfigIssues.F(InitialHedgeRatio)}");
            }
        }
    }
}
