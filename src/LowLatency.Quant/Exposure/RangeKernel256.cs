// The Vector512 twin (RangeKernel512) is generated from this file at build time, for the reason given in
// Numerics/SimdMath256.cs.
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Quant.Greeks;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// The book's per-tick work on one underlying's options, 256-bit lanes: refresh the time cache (everything of
/// the greeks that depends only on T = max(expiry − now, 0)), reprice from it with the spot broadcast, then
/// aggregate with per-position scenario margin. Each returns the index where the caller's scalar tail starts.
/// </summary>
internal static class RangeKernel256
{
    /// <summary>
    /// The time-only half of the greeks (<see cref="GreeksSimd256.Greeks"/> split where the spot enters): T =
    /// max(expiry − now, 0), √T, v = σ√T floored, 1/v, the discount factors and the products of them the spot half
    /// needs, stored per option in the range's time cache. With <paramref name="factored"/> the discounting is
    /// e^(−r(E−now)) = e^(−r(E−T0))·e^(r(now−T0)): the per-option factors at expiry were made when the rates were
    /// set and <paramref name="growRate"/> = e^(r(now−T0)), <paramref name="growYield"/> = e^(q(now−T0)) are the
    /// tick's two scalar exponentials (valid only when the range's rates are uniform; see PortfolioRiskBook.Time).
    /// </summary>
    public static int RefreshTime(double nowYears, bool factored, double growRate, double growYield, in OptionRange r)
    {
        int n = r.Length;
        int i = 0;
        ref double k = ref MemoryMarshal.GetReference(r.Strike);
        ref double expiry = ref MemoryMarshal.GetReference(r.Expiry);
        ref double vol = ref MemoryMarshal.GetReference(r.Volatility);
        ref double rate = ref MemoryMarshal.GetReference(r.Rate);
        ref double yield = ref MemoryMarshal.GetReference(r.Yield);
        ref double w = ref MemoryMarshal.GetReference(r.Sign);
        ref double f = ref MemoryMarshal.GetReference(r.Black76);
        ref double rateAtExpiry = ref MemoryMarshal.GetReference(r.RateDiscountAtExpiry);
        ref double carryAtExpiry = ref MemoryMarshal.GetReference(r.CarryDiscountAtExpiry);
        ref double cSqrtT = ref MemoryMarshal.GetReference(r.SqrtT);
        ref double cVs = ref MemoryMarshal.GetReference(r.Vs);
        ref double cInvVs = ref MemoryMarshal.GetReference(r.InvVs);
        ref double cGamma = ref MemoryMarshal.GetReference(r.GammaScale);
        ref double cTheta = ref MemoryMarshal.GetReference(r.ThetaScale);
        ref double cDfq = ref MemoryMarshal.GetReference(r.Dfq);
        ref double cKDfr = ref MemoryMarshal.GetReference(r.KDfr);
        ref double cCarryT = ref MemoryMarshal.GetReference(r.CarryT);
        ref double cRho = ref MemoryMarshal.GetReference(r.RhoFactor);
        ref double cFwdOverK = ref MemoryMarshal.GetReference(r.ForwardOverStrike);
        ref double cKOverFwd = ref MemoryMarshal.GetReference(r.StrikeOverForward);
        Vector256<double> minV = Vector256.Create(OptionPricer.MinTotalVolatility);
        Vector256<double> now = Vector256.Create(nowYears);
        Vector256<double> gRate = Vector256.Create(growRate);
        Vector256<double> gYield = Vector256.Create(growYield);
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            nuint o = (nuint)i;
            Vector256<double> t = Vector256.MaxNative(Vector256.LoadUnsafe(ref expiry, o) - now, Vector256<double>.Zero);
            Vector256<double> sigma = Vector256.LoadUnsafe(ref vol, o);
            Vector256<double> rr = Vector256.LoadUnsafe(ref rate, o);
            Vector256<double> sign = Vector256.LoadUnsafe(ref w, o);
            Vector256<double> isBlack76 = ~Vector256.Equals(Vector256.LoadUnsafe(ref f, o), Vector256<double>.Zero);
            Vector256<double> carry = Vector256.AndNot(rr - Vector256.LoadUnsafe(ref yield, o), isBlack76);
            Vector256<double> sqrtT = Vector256.Sqrt(t);
            Vector256<double> v = sigma * sqrtT;
            Vector256<double> degenerate = Vector256.LessThan(v, minV);
            Vector256<double> vs = Vector256.MaxNative(v, minV);
            Vector256<double> dfr, dfq;
            if (factored)
            {
                // Expired lanes (T = 0) take exactly 1, as e^0 does in the direct form.
                Vector256<double> expired = Vector256.Equals(t, Vector256<double>.Zero);
                dfr = Vector256.ConditionalSelect(expired, Vector256<double>.One, Vector256.LoadUnsafe(ref rateAtExpiry, o) * gRate);
                dfq = Vector256.ConditionalSelect(
                    expired, Vector256<double>.One, Vector256.LoadUnsafe(ref carryAtExpiry, o) * Vector256.ConditionalSelect(isBlack76, gRate, gYield));
            }
            else
            {
                dfr = SimdMath256.Exp(-rr * t);
                dfq = SimdMath256.Exp((carry - rr) * t);
            }

            Vector256<double> kDfr = Vector256.LoadUnsafe(ref k, o) * dfr;
            kDfr.StoreUnsafe(ref cKDfr, o);

            // One division for three reciprocals: 1/vs, e^(bT)/K = dfq/(K·dfr) and its inverse (the spot pass's F/K
            // and K/F; see Reprice), each within 2 ulps. The product stays in range: vs ∈ [1e-12, 100], K·dfr and
            // dfq within e^±100 of the strike limits and 1.
            Vector256<double> kDfrDfq = kDfr * dfq;
            Vector256<double> inv = Vector256<double>.One / (vs * kDfrDfq);
            Vector256<double> invVs = kDfrDfq * inv;
            Vector256<double> vsInv = vs * inv;
            (dfq * dfq * vsInv).StoreUnsafe(ref cFwdOverK, o);
            (kDfr * kDfr * vsInv).StoreUnsafe(ref cKOverFwd, o);
            Vector256<double> gammaScale = Vector256.AndNot(invVs, degenerate);
            sqrtT.StoreUnsafe(ref cSqrtT, o);
            vs.StoreUnsafe(ref cVs, o);
            invVs.StoreUnsafe(ref cInvVs, o);
            gammaScale.StoreUnsafe(ref cGamma, o);
            (sigma * sigma * Vector256.Create(0.5) * gammaScale).StoreUnsafe(ref cTheta, o);
            dfq.StoreUnsafe(ref cDfq, o);
            (carry * t).StoreUnsafe(ref cCarryT, o);
            Vector256.ConditionalSelect(isBlack76, -t, sign * t).StoreUnsafe(ref cRho, o);
        }

        return i;
    }

    /// <summary>
    /// The spot half of the greeks from the range's time cache (see <see cref="RefreshTime"/>): the formulas of
    /// <see cref="GreeksSimd256.Greeks"/> with the time-only terms loaded instead of computed and ln(S/K) = ln S − ln K
    /// from the stored ln K (no logarithm, no time exponential), one exponential for both densities, one division for
    /// both tails, and gamma by 1/S². Each reassociation moves results by a few ulps of their terms; the tests hold
    /// the book to <see cref="OptionPricer"/> within 1e-12 on extreme inputs.
    /// </summary>
    public static int Reprice(double spot, in OptionRange r)
    {
        int n = r.Length;
        int i = 0;
        ref double logK = ref MemoryMarshal.GetReference(r.LogStrike);
        ref double w = ref MemoryMarshal.GetReference(r.Sign);
        ref double f = ref MemoryMarshal.GetReference(r.Black76);
        ref double cSqrtT = ref MemoryMarshal.GetReference(r.SqrtT);
        ref double cVs = ref MemoryMarshal.GetReference(r.Vs);
        ref double cInvVs = ref MemoryMarshal.GetReference(r.InvVs);
        ref double cGamma = ref MemoryMarshal.GetReference(r.GammaScale);
        ref double cTheta = ref MemoryMarshal.GetReference(r.ThetaScale);
        ref double cDfq = ref MemoryMarshal.GetReference(r.Dfq);
        ref double cKDfr = ref MemoryMarshal.GetReference(r.KDfr);
        ref double cCarryT = ref MemoryMarshal.GetReference(r.CarryT);
        ref double cRho = ref MemoryMarshal.GetReference(r.RhoFactor);
        ref double cThetaCarry = ref MemoryMarshal.GetReference(r.ThetaCarry);
        ref double cThetaRate = ref MemoryMarshal.GetReference(r.ThetaRate);
        ref double cFwdOverK = ref MemoryMarshal.GetReference(r.ForwardOverStrike);
        ref double cKOverFwd = ref MemoryMarshal.GetReference(r.StrikeOverForward);
        ref double price = ref MemoryMarshal.GetReference(r.Price);
        ref double delta = ref MemoryMarshal.GetReference(r.Delta);
        ref double gamma = ref MemoryMarshal.GetReference(r.Gamma);
        ref double vega = ref MemoryMarshal.GetReference(r.Vega);
        ref double theta = ref MemoryMarshal.GetReference(r.Theta);
        ref double rho = ref MemoryMarshal.GetReference(r.Rho);
        Vector256<double> s = Vector256.Create(spot);
        Vector256<double> logS = Vector256.Create(Math.Log(spot));

        // 1/S and 1/S² once per tick: gamma and K/F then cost a multiply instead of a lane division.
        Vector256<double> invS = Vector256.Create(1.0 / spot);
        Vector256<double> invS2 = Vector256.Create(1.0 / (spot * spot));
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            nuint o = (nuint)i;
            Vector256<double> sign = Vector256.LoadUnsafe(ref w, o);
            Vector256<double> vs = Vector256.LoadUnsafe(ref cVs, o);
            Vector256<double> lnFk = Vector256.LoadUnsafe(ref cCarryT, o) + (logS - Vector256.LoadUnsafe(ref logK, o));
            Vector256<double> d1 = Vector256.FusedMultiplyAdd(lnFk, Vector256.LoadUnsafe(ref cInvVs, o), Vector256.Create(0.5) * vs);
            Vector256<double> d2 = d1 - vs;

            // One exponential for both densities: e^(−d2²/2) = e^(−d1²/2)·F/K exactly (d1² − d2² = 2·ln(F/K)).
            // It is taken at the d nearer 0 and the other density is scaled down by F/K or K/F (≤ 1 there), so
            // the product underflows only where the true density does.
            Vector256<double> firstNearer = Vector256.LessThanOrEqual(Vector256.Abs(d1), Vector256.Abs(d2));
            Vector256<double> gNear = SimdMath256.HalfSquareExpOfAbs(Vector256.ConditionalSelect(firstNearer, d1, d2));
            Vector256<double> gFar = gNear * Vector256.ConditionalSelect(
                firstNearer, s * Vector256.LoadUnsafe(ref cFwdOverK, o), invS * Vector256.LoadUnsafe(ref cKOverFwd, o));
            Vector256<double> g1 = Vector256.ConditionalSelect(firstNearer, gNear, gFar);
            Vector256<double> x1 = sign * d1;
            Vector256<double> x2 = sign * d2;
            Vector256<double> a1 = SimdMath256.TailDenominator(x1);
            Vector256<double> a2 = SimdMath256.TailDenominator(x2);
            Vector256<double> tailInv = Vector256.Create(NormalTailPolynomial.Scale) / (a1 * a2); // one division for both Φ
            Vector256<double> nd1 = SimdMath256.NormCdfOfU(x1, g1, a2 * tailInv);
            Vector256<double> nd2 = SimdMath256.NormCdfOfU(x2, Vector256.ConditionalSelect(firstNearer, gFar, gNear), a1 * tailInv);
            Vector256<double> pdf = g1 * Vector256.Create(NormalTailPolynomial.InvSqrt2Pi);

            Vector256<double> dfq = Vector256.LoadUnsafe(ref cDfq, o);
            Vector256<double> sDfq = s * dfq;
            Vector256<double> sTerm = sDfq * nd1;
            Vector256<double> kTerm = Vector256.LoadUnsafe(ref cKDfr, o) * nd2;
            Vector256<double> vPrice = Vector256.MaxNative(sign * (sTerm - kTerm), Vector256<double>.Zero);
            vPrice.StoreUnsafe(ref price, o);
            (sign * dfq * nd1).StoreUnsafe(ref delta, o);
            Vector256<double> sPdf = sDfq * pdf;
            (sPdf * Vector256.LoadUnsafe(ref cGamma, o) * invS2).StoreUnsafe(ref gamma, o);
            (sPdf * Vector256.LoadUnsafe(ref cSqrtT, o)).StoreUnsafe(ref vega, o);
            Vector256<double> carryTerm = Vector256.FusedMultiplyAdd(
                Vector256.LoadUnsafe(ref cThetaCarry, o), sTerm, Vector256.LoadUnsafe(ref cThetaRate, o) * kTerm);
            (-(sPdf * Vector256.LoadUnsafe(ref cTheta, o)) - carryTerm).StoreUnsafe(ref theta, o);
            Vector256<double> isBlack76 = ~Vector256.Equals(Vector256.LoadUnsafe(ref f, o), Vector256<double>.Zero);
            (Vector256.LoadUnsafe(ref cRho, o) * Vector256.ConditionalSelect(isBlack76, vPrice, kTerm)).StoreUnsafe(ref rho, o);
        }

        return i;
    }

    /// <summary>Vector form of <see cref="MarginModel.OptionInitialMargin"/> plus the range sums.</summary>
    public static int Aggregate(double spot, in MarginScenario p, in OptionRange r, ref OptionSums sums)
    {
        int n = r.Length;
        int i = 0;
        ref double qty = ref MemoryMarshal.GetReference(r.Quantity);
        ref double mult = ref MemoryMarshal.GetReference(r.Multiplier);
        ref double price = ref MemoryMarshal.GetReference(r.Price);
        ref double delta = ref MemoryMarshal.GetReference(r.Delta);
        ref double gamma = ref MemoryMarshal.GetReference(r.Gamma);
        ref double vega = ref MemoryMarshal.GetReference(r.Vega);
        ref double theta = ref MemoryMarshal.GetReference(r.Theta);
        ref double rho = ref MemoryMarshal.GetReference(r.Rho);
        ref double im = ref MemoryMarshal.GetReference(r.InitialMargin);
        ref double mm = ref MemoryMarshal.GetReference(r.MaintenanceMargin);
        Vector256<double> s = Vector256.Create(spot);
        Vector256<double> halfS2 = Vector256.Create(0.5 * spot * spot);
        Vector256<double> scan = Vector256.Create(p.ScanRange);
        Vector256<double> scan2 = Vector256.Create(p.ScanRange * p.ScanRange);
        Vector256<double> volShift = Vector256.Create(p.VolShift);
        Vector256<double> minShort = Vector256.Create(p.ShortOptionMinimum * spot);
        Vector256<double> mmFraction = Vector256.Create(p.OptionMaintenanceFraction);
        Vector256<double> sDelta = Vector256<double>.Zero, sGamma = sDelta, sVega = sDelta, sTheta = sDelta, sRho = sDelta;
        Vector256<double> sValue = sDelta, sAbsDelta = sDelta, sAbsSize = sDelta, sIm = sDelta, sMm = sDelta;
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            nuint o = (nuint)i;
            Vector256<double> qm = Vector256.LoadUnsafe(ref qty, o) * Vector256.LoadUnsafe(ref mult, o);
            Vector256<double> dUnits = qm * Vector256.LoadUnsafe(ref delta, o);
            Vector256<double> gUnits = qm * Vector256.LoadUnsafe(ref gamma, o);
            Vector256<double> vUnits = qm * Vector256.LoadUnsafe(ref vega, o);
            Vector256<double> value = qm * Vector256.LoadUnsafe(ref price, o);
            sDelta += dUnits;
            sGamma += gUnits;
            sVega += vUnits;
            sTheta = Vector256.FusedMultiplyAdd(qm, Vector256.LoadUnsafe(ref theta, o), sTheta);
            sRho = Vector256.FusedMultiplyAdd(qm, Vector256.LoadUnsafe(ref rho, o), sRho);
            sValue += value;
            sAbsDelta += Vector256.Abs(dUnits);
            Vector256<double> absQm = Vector256.Abs(qm);
            sAbsSize += absQm;

            // Scenario margin: see MarginModel.OptionInitialMargin (same operations, lane-wise).
            Vector256<double> a = dUnits * s;
            Vector256<double> b = gUnits * halfS2;
            Vector256<double> absA = Vector256.Abs(a);
            Vector256<double> endpoint = absA * scan - b * scan2;
            Vector256<double> interior = a * a / (Vector256.Create(4.0) * Vector256.MaxNative(b, Vector256.Create(1e-300)));
            Vector256<double> useInterior = Vector256.GreaterThan(b, Vector256<double>.Zero) & Vector256.LessThanOrEqual(absA, Vector256.Create(2.0) * b * scan);
            Vector256<double> priceLoss = Vector256.ConditionalSelect(useInterior, interior, endpoint);
            Vector256<double> loss = Vector256.MaxNative(Vector256.FusedMultiplyAdd(Vector256.Abs(vUnits), volShift, priceLoss), Vector256<double>.Zero);
            Vector256<double> isLong = Vector256.GreaterThan(qm, Vector256<double>.Zero);
            Vector256<double> margin = Vector256.ConditionalSelect(isLong, Vector256.MinNative(loss, value), Vector256.MaxNative(loss, minShort * absQm));
            Vector256<double> maintenance = margin * mmFraction;
            margin.StoreUnsafe(ref im, o);
            maintenance.StoreUnsafe(ref mm, o);
            sIm += margin;
            sMm += maintenance;
        }

        sums.DeltaUnits += Vector256.Sum(sDelta);
        sums.Gamma += Vector256.Sum(sGamma);
        sums.Vega += Vector256.Sum(sVega);
        sums.Theta += Vector256.Sum(sTheta);
        sums.Rho += Vector256.Sum(sRho);
        sums.Value += Vector256.Sum(sValue);
        sums.AbsDeltaUnits += Vector256.Sum(sAbsDelta);
        sums.AbsSize += Vector256.Sum(sAbsSize);
        sums.InitialMargin += Vector256.Sum(sIm);
        sums.MaintenanceMargin += Vector256.Sum(sMm);
        return i;
    }
}
