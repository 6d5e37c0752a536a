namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>
/// A struct-of-arrays copy of the book for the analytics thread: per risk factor its level, the linear
/// (non-option) exposure and the total delta/gamma exposures; per option its factor, quantity and terms.
/// Preallocated to a capacity and refilled in place (no allocation after construction), so the hot path
/// can fill one and hand it over (<see cref="Runner.SnapshotExchange"/>) without creating garbage.
/// </summary>
/// <remarks>
/// Units. A factor return r is a simple return over the horizon (level S → S·(1 + r)).
/// <see cref="LinearExposures"/>: P&amp;L of the non-option positions per unit r (e.g. +1e6 for a 1m long in the
/// underlying). <see cref="DeltaExposures"/>: ∂P&amp;L/∂r of the whole book (linear plus option deltas × S × quantity).
/// <see cref="GammaExposures"/>: ∂²P&amp;L/∂r² (option gammas × S² × quantity), so P&amp;L ≈ δ·r + ½·γ·r².
/// Option quantities include the contract multiplier (units of underlying per contract × contracts).
/// </remarks>
public sealed class RiskSnapshot
{
    private readonly double[] _levels;
    private readonly double[] _linear;
    private readonly double[] _delta;
    private readonly double[] _gamma;
    private readonly int[] _optionFactor;
    private readonly double[] _optionQuantity;
    private readonly OptionTerms[] _options;

    public RiskSnapshot(int factorCapacity, int optionCapacity)
    {
        Guard.Positive(factorCapacity, nameof(factorCapacity));
        if (optionCapacity < 0)
        {
            Guard.Fail(nameof(optionCapacity), $"optionCapacity must be >= 0 but was {optionCapacity}");
        }

        _levels = new double[factorCapacity];
        _linear = new double[factorCapacity];
        _delta = new double[factorCapacity];
        _gamma = new double[factorCapacity];
        _optionFactor = new int[optionCapacity];
        _optionQuantity = new double[optionCapacity];
        _options = new OptionTerms[optionCapacity];
    }

    public int FactorCapacity => _levels.Length;

    public int OptionCapacity => _options.Length;

    public int FactorCount { get; private set; }

    public int OptionCount { get; private set; }

    /// <summary>Producer's sequence number (e.g. the ring sequence of the tick it reflects).</summary>
    public long Sequence { get; set; }

    /// <summary>Monotonic nanoseconds when the producer took the snapshot.</summary>
    public long TimestampNanoseconds { get; set; }

    public ReadOnlySpan<double> Levels => _levels.AsSpan(0, FactorCount);

    public ReadOnlySpan<double> LinearExposures => _linear.AsSpan(0, FactorCount);

    public ReadOnlySpan<double> DeltaExposures => _delta.AsSpan(0, FactorCount);

    public ReadOnlySpan<double> GammaExposures => _gamma.AsSpan(0, FactorCount);

    public ReadOnlySpan<int> OptionFactors => _optionFactor.AsSpan(0, OptionCount);

    public ReadOnlySpan<double> OptionQuantities => _optionQuantity.AsSpan(0, OptionCount);

    public ReadOnlySpan<OptionTerms> Options => _options.AsSpan(0, OptionCount);

    /// <summary>Empties the book and sets the number of factors (levels and exposures zeroed). False if over capacity.</summary>
    public bool Reset(int factorCount)
    {
        if ((uint)factorCount > (uint)_levels.Length)
        {
            return false;
        }

        FactorCount = factorCount;
        OptionCount = 0;
        Array.Clear(_levels, 0, factorCount);
        Array.Clear(_linear, 0, factorCount);
        Array.Clear(_delta, 0, factorCount);
        Array.Clear(_gamma, 0, factorCount);
        return true;
    }

    /// <summary>Sets one factor's level and exposures. False (nothing written) if the index is out of range.</summary>
    public bool SetFactor(int factor, double level, double linearExposure, double deltaExposure, double gammaExposure = 0.0)
    {
        if ((uint)factor >= (uint)FactorCount)
        {
            return false;
        }

        _levels[factor] = level;
        _linear[factor] = linearExposure;
        _delta[factor] = deltaExposure;
        _gamma[factor] = gammaExposure;
        return true;
    }

    /// <summary>Appends an option position. False (nothing written) when full or the factor is unknown — a status, not an exception, because the hot path calls it.</summary>
    public bool AddOption(int factor, double quantity, in OptionTerms terms)
    {
        int i = OptionCount;
        if ((uint)i >= (uint)_options.Length || (uint)factor >= (uint)FactorCount)
        {
            return false;
        }

        _optionFactor[i] = factor;
        _optionQuantity[i] = quantity;
        _options[i] = terms;
        OptionCount = i + 1;
        return true;
    }

    /// <summary>Copies <paramref name="source"/> into this snapshot without allocating. False if it does not fit.</summary>
    public bool CopyFrom(RiskSnapshot source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int n = source.FactorCount;
        int m = source.OptionCount;
        if (n > _levels.Length || m > _options.Length)
        {
            return false;
        }

        Array.Copy(source._levels, _levels, n);
        Array.Copy(source._linear, _linear, n);
        Array.Copy(source._delta, _delta, n);
        Array.Copy(source._gamma, _gamma, n);
        Array.Copy(source._optionFactor, _optionFactor, m);
        Array.Copy(source._optionQuantity, _optionQuantity, m);
        Array.Copy(source._options, _options, m);
        FactorCount = n;
        OptionCount = m;
        Sequence = source.Sequence;
        TimestampNanoseconds = source.TimestampNanoseconds;
        return true;
    }

    /// <summary>
    /// Refills <see cref="DeltaExposures"/> and <see cref="GammaExposures"/> from the linear exposures and the
    /// options revalued with <paramref name="pricer"/> by central differences (bump 0.1 % of the level) — for
    /// producers that do not carry greeks, and for checking those that do.
    /// </summary>
    public void ComputeSensitivities<TPricer>(TPricer pricer)
        where TPricer : struct, IOptionPricer
    {
        Validate();
        const double bump = 1e-3;
        for (int f = 0; f < FactorCount; f++)
        {
            _delta[f] = _linear[f];
            _gamma[f] = 0.0;
        }

        for (int i = 0; i < OptionCount; i++)
        {
            int f = _optionFactor[i];
            double s = _levels[f];
            double up = Revaluation.Value(ref pricer, _options[i], s * (1 + bump));
            double mid = Revaluation.Value(ref pricer, _options[i], s);
            double down = Revaluation.Value(ref pricer, _options[i], s * (1 - bump));

            // Derivatives with respect to the simple return r (S = S₀·(1 + r)), so no extra S factors.
            _delta[f] += _optionQuantity[i] * (up - down) / (2 * bump);
            _gamma[f] += _optionQuantity[i] * (up - (2 * mid) + down) / (bump * bump);
        }
    }

    /// <summary>Refuses a snapshot the engines cannot value: non-finite numbers, non-positive levels, bad option terms.</summary>
    public void Validate()
    {
        Guard.Positive(FactorCount, "snapshot.FactorCount");
        for (int f = 0; f < FactorCount; f++)
        {
            if (!(_levels[f] > 0.0) || !double.IsFinite(_levels[f]))
            {
                Guard.Fail("snapshot", $"snapshot level of factor {f} is {Guard.Format(_levels[f])}; levels must be finite and > 0");
            }

            if (!double.IsFinite(_linear[f]) || !double.IsFinite(_delta[f]) || !double.IsFinite(_gamma[f]))
            {
                Guard.Fail("snapshot", $"snapshot exposures of factor {f} are not finite (linear {Guard.Format(_linear[f])}, delta {Guard.Format(_delta[f])}, gamma {Guard.Format(_gamma[f])})");
            }
        }

        for (int i = 0; i < OptionCount; i++)
        {
            ref readonly OptionTerms t = ref _options[i];
            if (!double.IsFinite(_optionQuantity[i]) || !(t.Strike > 0.0) || !(t.TimeToExpiry >= 0.0) || !(t.Volatility >= 0.0) ||
                !double.IsFinite(t.Strike) || !double.IsFinite(t.TimeToExpiry) || !double.IsFinite(t.Volatility) ||
                !double.IsFinite(t.Rate) || !double.IsFinite(t.CostOfCarry))
            {
                Guard.Fail("snapshot", $"snapshot option {i} has invalid terms {t} (quantity {Guard.Format(_optionQuantity[i])}): need finite values, strike > 0, expiry >= 0, volatility >= 0");
            }
        }
    }
}
