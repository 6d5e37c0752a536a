using LowLatency.Core.Ids;

namespace LowLatency.Quant.Exposure;

/// <summary>The book's time handling: the per-underlying time cache and the factored discounting.</summary>
/// <remarks>
/// <para>Time cache. Everything of the greeks that depends only on T = max(E − now, 0) (√T, σ√T, 1/σ√T, the
/// discount factors and their products; see <see cref="TimeCache"/>) is computed by RefreshTime into per-option
/// arrays, and a tick's repricing reads them. With a time resolution of 0 (the default) the cache is refreshed on
/// every reprice, so the valuation is exact at the tick's timestamp. With a resolution Δ &gt; 0 it is refreshed
/// only when the tick is Δ or more after the last refresh, when an option of the underlying expired since (its
/// expiry was crossed), and after a volatility or rate change; between refreshes the greeks use T at the last
/// refresh, i.e. they are stale by less than Δ in time. The price error is then about |Θ|·Δ: for Δ = 1 ms
/// (3.2e-11 years) and a one-day at-the-money option with Θ ≈ −200 per year per unit, under 1e-8 per unit of
/// underlying, far below a tick size; the tests bound it by |Θ|·Δ·(1 + 1e-3) on a whole book.</para>
/// <para>Factored discounting. When every option of an underlying has the same rate r (and every BSM option the
/// same yield q), e^(−r(E−now)) = e^(−r(E−T0))·e^(r(now−T0)) with T0 the midpoint of the underlying's expiries:
/// the first factor is made per option when the rates are set, the second is one scalar exponential per refresh,
/// and likewise for the carry factor (e^(−q·) for BSM, e^(−r·) for Black-76). E−T0 and now−T0 are exact
/// (Sterbenz: all are about 56 years since 1970), so against the direct form the relative difference is at most
/// the two exponentials' and the product's roundings plus the argument roundings, |r|·(|E−T0| + |now−T0|)·2⁻⁵³
/// — under 4 ulps for rates ≤ 1 and expiries within a few years (the tests check 1e-14). Expired lanes take
/// exactly 1. Non-uniform rates, or arguments beyond ±300, fall back to an exponential per option.</para>
/// </remarks>
public sealed partial class PortfolioRiskBook
{
    private const double MaxFactoredExponent = 300.0;

    /// <summary>Whether <paramref name="underlying"/>'s discounting is factored (uniform rates); for tests and diagnostics.</summary>
    internal bool UsesFactoredDiscounting(InstrumentId underlying) => _p.UniformRates[_groupIndex[underlying.Value]];

    /// <summary>
    /// Reprices underlying <paramref name="g"/>'s options at <paramref name="spot"/> from its time cache, refreshing
    /// the cache first when time moved (beyond the resolution, if one is set), an expiry crossing or a parameter change calls
    /// for it; returns the index in the range where the scalar tail starts.
    /// </summary>
    private int RepriceRange(int g, long utcNanoseconds, double spot, in OptionRange range)
    {
        TimeCache c = _p.Time;
        long last = c.RefreshedAtNanoseconds[g];
        double now = YearFraction.FromUnixNanoseconds(utcNanoseconds);
        // Reuse: at the same timestamp (exact whatever the resolution: a burst of ticks stamped alike), or within
        // the resolution when no expiry has been crossed since the refresh.
        if (last != TimeCache.Stale
            && (utcNanoseconds == last || (utcNanoseconds - last < _timeResolutionNanoseconds && now < c.NextExpiryYears[g])))
        {
            return _simdBits == 512 ? RangeKernel512.Reprice(spot, range) : RangeKernel256.Reprice(spot, range);
        }

        bool factored = _p.UniformRates[g];
        double growRate = 1.0;
        double growYield = 1.0;
        if (factored)
        {
            double x = now - _p.ReferenceYears[g];
            double rateExponent = _p.GroupRate[g] * x;
            double yieldExponent = _p.GroupYield[g] * x;
            factored = Math.Abs(rateExponent) <= MaxFactoredExponent && Math.Abs(yieldExponent) <= MaxFactoredExponent;
            growRate = Math.Exp(rateExponent);
            growYield = Math.Exp(yieldExponent);
        }

        int done = _simdBits == 512
            ? RangeKernel512.RefreshTime(now, factored, growRate, growYield, range)
            : RangeKernel256.RefreshTime(now, factored, growRate, growYield, range);

        // The scalar tail reprices with OptionPricer, which needs only T.
        Span<double> t = range.T;
        ReadOnlySpan<double> expiry = range.Expiry;
        for (int i = done; i < expiry.Length; i++)
        {
            t[i] = Math.Max(expiry[i] - now, 0.0);
        }

        c.RefreshedAtNanoseconds[g] = utcNanoseconds;
        c.ValuationYears[g] = now;
        if (_timeResolutionNanoseconds != 0)
        {
            double next = double.PositiveInfinity;
            foreach (double e in expiry)
            {
                if (e > now && e < next)
                {
                    next = e;
                }
            }

            c.NextExpiryYears[g] = next;
        }

        return _simdBits == 512 ? RangeKernel512.Reprice(spot, range) : RangeKernel256.Reprice(spot, range);
    }

    /// <summary>
    /// Cold path (build, rate change): whether underlying <paramref name="g"/>'s options share one rate and one
    /// yield, and if so their discount factors at expiry relative to T0.
    /// </summary>
    private void PrepareRates(int g)
    {
        _p.Time.RefreshedAtNanoseconds[g] = TimeCache.Stale;
        int start = _p.GroupOptionStart[g];
        int end = _p.GroupEnd[g];
        bool uniform = end > start;
        double rate = uniform ? _p.Rate[start] : 0.0;
        double yield = 0.0;
        bool haveYield = false;
        double minExpiry = double.PositiveInfinity;
        double maxExpiry = double.NegativeInfinity;
        for (int i = start; i < end; i++)
        {
            uniform &= _p.Rate[i] == rate;
            if (_p.Black76[i] == 0)
            {
                uniform &= !haveYield || _p.DividendYield[i] == yield;
                yield = _p.DividendYield[i];
                haveYield = true;
            }

            minExpiry = Math.Min(minExpiry, _p.ExpiryYears[i]);
            maxExpiry = Math.Max(maxExpiry, _p.ExpiryYears[i]);
        }

        // Theta's rate terms are per-option constants (the kernels used to recompute them every tick).
        TimeCache c = _p.Time;
        for (int i = start; i < end; i++)
        {
            double r = _p.Rate[i];
            double carry = _p.Black76[i] != 0 ? 0.0 : r - _p.DividendYield[i];
            c.ThetaCarry[i] = _p.Sign[i] * (carry - r);
            c.ThetaRate[i] = _p.Sign[i] * r;
        }

        double t0 = uniform ? 0.5 * (minExpiry + maxExpiry) : 0.0;
        for (int i = start; i < end && uniform; i++)
        {
            double x = _p.ExpiryYears[i] - t0;
            double carryMinusRate = _p.Black76[i] != 0 ? -rate : -yield;
            uniform = Math.Abs(rate * x) <= MaxFactoredExponent && Math.Abs(carryMinusRate * x) <= MaxFactoredExponent;
            _p.RateDiscountAtExpiry[i] = Math.Exp(-rate * x);
            _p.CarryDiscountAtExpiry[i] = Math.Exp(carryMinusRate * x);
        }

        _p.UniformRates[g] = uniform;
        _p.ReferenceYears[g] = t0;
        _p.GroupRate[g] = rate;
        _p.GroupYield[g] = yield;
    }
}
