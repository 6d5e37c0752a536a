using LowLatency.Quant.Analytics.Snapshots;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// A snapshot prepared for many scenario revaluations: linear exposures, options grouped by the factors
/// that carry them ("slots", so a scenario only needs the returns of those factors), terms aged to the
/// horizon and today's values. Reused across runs; grows only when a bigger book arrives.
/// </summary>
internal sealed class ScenarioBook
{
    private double[] _levels = [];
    private double[] _linear = [];
    private int[] _optionSlot = [];
    private double[] _optionQuantity = [];
    private double[] _optionBase = [];
    private OptionTerms[] _agedTerms = [];
    private int[] _slotFactor = [];
    private double[] _slotLevel = [];
    private int[] _factorSlot = [];

    public int FactorCount { get; private set; }

    public int OptionCount { get; private set; }

    /// <summary>Number of distinct factors that carry options.</summary>
    public int SlotCount { get; private set; }

    public ReadOnlySpan<double> Linear => _linear.AsSpan(0, FactorCount);

    public ReadOnlySpan<int> SlotFactors => _slotFactor.AsSpan(0, SlotCount);

    public void Prepare<TPricer>(RiskSnapshot snapshot, ref TPricer pricer, double horizonYears)
        where TPricer : struct, IOptionPricer
    {
        snapshot.Validate();
        Guard.NonNegative(horizonYears, nameof(horizonYears));
        int n = snapshot.FactorCount;
        int m = snapshot.OptionCount;
        Ensure(ref _levels, n);
        Ensure(ref _linear, n);
        Ensure(ref _factorSlot, n);
        Ensure(ref _slotFactor, n);
        Ensure(ref _slotLevel, n);
        Ensure(ref _optionSlot, m);
        Ensure(ref _optionQuantity, m);
        Ensure(ref _optionBase, m);
        Ensure(ref _agedTerms, m);
        snapshot.Levels.CopyTo(_levels);
        snapshot.LinearExposures.CopyTo(_linear);
        FactorCount = n;
        OptionCount = m;

        _factorSlot.AsSpan(0, n).Fill(-1);
        int slots = 0;
        var factors = snapshot.OptionFactors;
        var quantities = snapshot.OptionQuantities;
        var terms = snapshot.Options;
        for (int i = 0; i < m; i++)
        {
            int f = factors[i];
            if (_factorSlot[f] < 0)
            {
                _factorSlot[f] = slots;
                _slotFactor[slots] = f;
                _slotLevel[slots] = _levels[f];
                slots++;
            }

            _optionSlot[i] = _factorSlot[f];
            _optionQuantity[i] = quantities[i];
            _optionBase[i] = Revaluation.Value(ref pricer, terms[i], _levels[f]);
            _agedTerms[i] = terms[i].Aged(horizonYears);
        }

        SlotCount = slots;
    }

    /// <summary>
    /// Adds every option's P&amp;L to pnl[b], b &lt; count, for a block of scenarios in which the factor of slot j
    /// moves by sign·returns[j·stride + b] (slot-major, so each option reads one contiguous run; sign = −1 is
    /// the antithetic block for free). Each option is priced once per block through
    /// <see cref="IOptionPricer.PriceMany"/>. Levels are floored at 1e-12 of today's so a draw below −100 %
    /// stays priceable. <paramref name="spots"/> and <paramref name="values"/> are scratch of length ≥ count.
    /// </summary>
    public void AddOptionPnl<TPricer>(ref TPricer pricer, ReadOnlySpan<double> returns, int stride, int count, double sign, Span<double> pnl, Span<double> spots, Span<double> values)
        where TPricer : struct, IOptionPricer
    {
        var spot = spots.Slice(0, count);
        var value = values.Slice(0, count);
        var total = pnl.Slice(0, count);
        for (int i = 0; i < OptionCount; i++)
        {
            int slot = _optionSlot[i];
            double level = _slotLevel[slot];
            var r = returns.Slice(slot * stride, count);
            for (int b = 0; b < spot.Length && b < r.Length; b++)
            {
                spot[b] = level * Math.Max(1.0 + (sign * r[b]), 1e-12);
            }

            ref readonly OptionTerms terms = ref _agedTerms[i];
            if (terms.TimeToExpiry > 0.0)
            {
                pricer.PriceMany(terms, spot, value);
            }
            else
            {
                for (int b = 0; b < spot.Length && b < value.Length; b++)
                {
                    value[b] = terms.Intrinsic(spot[b]);
                }
            }

            double q = _optionQuantity[i];
            double v0 = _optionBase[i];
            for (int b = 0; b < total.Length && b < value.Length; b++)
            {
                total[b] += q * (value[b] - v0);
            }
        }
    }

    private static void Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[length];
        }
    }
}
