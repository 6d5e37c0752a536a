using System.Runtime.CompilerServices;
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
    /// Option P&amp;L when each option slot's factor moves by sign·slotReturns[slot] (sign = −1 gives the
    /// antithetic scenario for free). Levels are floored at 1e-12 of today's so a draw below −100 % stays priceable.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double OptionPnl<TPricer>(ref TPricer pricer, ReadOnlySpan<double> slotReturns, double sign)
        where TPricer : struct, IOptionPricer
    {
        double pnl = 0.0;
        int m = OptionCount;
        int[] slot = _optionSlot;
        double[] level = _slotLevel;
        double[] qty = _optionQuantity;
        double[] baseValue = _optionBase;
        OptionTerms[] terms = _agedTerms;
        for (int i = 0; i < m && i < slot.Length && i < qty.Length && i < baseValue.Length && i < terms.Length; i++)
        {
            int s = slot[i];
            double growth = Math.Max(1.0 + (sign * slotReturns[s]), 1e-12);
            double value = Revaluation.Value(ref pricer, terms[i], level[s] * growth);
            pnl += qty[i] * (value - baseValue[i]);
        }

        return pnl;
    }

    private static void Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[length];
        }
    }
}
