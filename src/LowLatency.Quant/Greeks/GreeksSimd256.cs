// The Vector512 twin (GreeksSimd512) is generated from this file at build time, for the reason given in
// Numerics/SimdMath256.cs.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Greeks;

/// <summary>The greeks kernel on 256-bit lanes: the formulas of <see cref="OptionPricer.Greeks"/>, branch-free.</summary>
internal static class GreeksSimd256
{
    /// <summary>Vector body over the whole batch; returns the index where the scalar tail must start.</summary>
    public static int Compute(in OptionBatch input, in GreeksBatch output)
    {
        int n = input.Length;
        int i = 0;
        ref double s = ref MemoryMarshal.GetReference(input.Underlying);
        ref double k = ref MemoryMarshal.GetReference(input.Strike);
        ref double t = ref MemoryMarshal.GetReference(input.TimeYears);
        ref double vol = ref MemoryMarshal.GetReference(input.Volatility);
        ref double r = ref MemoryMarshal.GetReference(input.Rate);
        ref double q = ref MemoryMarshal.GetReference(input.DividendYield);
        ref double w = ref MemoryMarshal.GetReference(input.Sign);
        ref double f = ref MemoryMarshal.GetReference(input.Black76);
        ref double price = ref MemoryMarshal.GetReference(output.Price);
        ref double delta = ref MemoryMarshal.GetReference(output.Delta);
        ref double gamma = ref MemoryMarshal.GetReference(output.Gamma);
        ref double vega = ref MemoryMarshal.GetReference(output.Vega);
        ref double theta = ref MemoryMarshal.GetReference(output.Theta);
        ref double rho = ref MemoryMarshal.GetReference(output.Rho);
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            nuint o = (nuint)i;
            Greeks(
                Vector256.LoadUnsafe(ref s, o), Vector256.LoadUnsafe(ref k, o), Vector256.LoadUnsafe(ref t, o), Vector256.LoadUnsafe(ref vol, o),
                Vector256.LoadUnsafe(ref r, o), Vector256.LoadUnsafe(ref q, o), Vector256.LoadUnsafe(ref w, o), Vector256.LoadUnsafe(ref f, o),
                SimdMath256.Log(Vector256.LoadUnsafe(ref s, o) / Vector256.LoadUnsafe(ref k, o)),
                ref price, ref delta, ref gamma, ref vega, ref theta, ref rho, o);
        }

        return i;
    }

    /// <summary>
    /// One register of options, lane by lane as <see cref="OptionPricer.Greeks"/> (the degenerate flag and the
    /// model choice are blends), stored at <paramref name="o"/> of each output. <paramref name="logMoneyness"/> is
    /// ln(S/K), supplied by the caller. Inlined into the caller's loop. (The risk book runs these formulas split at
    /// the spot boundary, with the time-only terms cached: Exposure/RangeKernel256.) Results go straight to memory rather than through out parameters, which
    /// would make the JIT spill every intermediate (see <see cref="SimdMath256.NormCdf(Vector256{double}, Vector256{double})"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Greeks(
        Vector256<double> s, Vector256<double> k, Vector256<double> t, Vector256<double> vol,
        Vector256<double> r, Vector256<double> q, Vector256<double> w, Vector256<double> black76, Vector256<double> logMoneyness,
        ref double price, ref double delta, ref double gamma, ref double vega, ref double theta, ref double rho, nuint o)
    {
        Vector256<double> isBlack76 = ~Vector256.Equals(black76, Vector256<double>.Zero);
        Vector256<double> carry = Vector256.AndNot(r - q, isBlack76);
        Vector256<double> sqrtT = Vector256.Sqrt(t);
        Vector256<double> v = vol * sqrtT;
        Vector256<double> minV = Vector256.Create(OptionPricer.MinTotalVolatility);
        Vector256<double> degenerate = Vector256.LessThan(v, minV);
        Vector256<double> vs = Vector256.MaxNative(v, minV);
        Vector256<double> dfr = SimdMath256.Exp(-r * t);
        Vector256<double> dfq = SimdMath256.Exp((carry - r) * t);
        Vector256<double> lnFk = Vector256.FusedMultiplyAdd(carry, t, logMoneyness);

        // One reciprocal of v serves d1, gamma and theta: divisions are the slowest lane operation here.
        Vector256<double> invVs = Vector256<double>.One / vs;
        Vector256<double> d1 = Vector256.FusedMultiplyAdd(lnFk, invVs, Vector256.Create(0.5) * vs);
        Vector256<double> d2 = d1 - vs;
        Vector256<double> g1 = SimdMath256.HalfSquareExpOfAbs(d1);
        Vector256<double> nd1 = SimdMath256.NormCdf(w * d1, g1);
        Vector256<double> nd2 = SimdMath256.NormCdf(w * d2, SimdMath256.HalfSquareExpOfAbs(d2));
        Vector256<double> pdf = g1 * Vector256.Create(NormalTailPolynomial.InvSqrt2Pi);

        Vector256<double> sDfq = s * dfq;
        Vector256<double> kDfr = k * dfr;
        Vector256<double> sTerm = sDfq * nd1;
        Vector256<double> kTerm = kDfr * nd2;
        Vector256<double> vPrice = Vector256.MaxNative(w * (sTerm - kTerm), Vector256<double>.Zero);
        vPrice.StoreUnsafe(ref price, o);
        (w * dfq * nd1).StoreUnsafe(ref delta, o);
        Vector256<double> sPdf = sDfq * pdf;
        Vector256.AndNot(sPdf * invVs / (s * s), degenerate).StoreUnsafe(ref gamma, o);
        (sPdf * sqrtT).StoreUnsafe(ref vega, o);
        Vector256<double> volTheta = Vector256.AndNot(sPdf * vol * vol * Vector256.Create(0.5) * invVs, degenerate);
        (-volTheta - w * Vector256.FusedMultiplyAdd(carry - r, sTerm, r * kTerm)).StoreUnsafe(ref theta, o);
        Vector256.ConditionalSelect(isBlack76, -t * vPrice, w * t * kTerm).StoreUnsafe(ref rho, o);
    }
}
