// Derived from GreeksSimd256.cs by replacing every "256" with "512" below this header (a test checks the two
// stay in step); edit GreeksSimd256.cs and re-derive, never this file alone.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Greeks;

/// <summary>The greeks kernel on 512-bit lanes: the formulas of <see cref="OptionPricer.Greeks"/>, branch-free.</summary>
internal static class GreeksSimd512
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
        for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            nuint o = (nuint)i;
            Greeks(
                Vector512.LoadUnsafe(ref s, o), Vector512.LoadUnsafe(ref k, o), Vector512.LoadUnsafe(ref t, o), Vector512.LoadUnsafe(ref vol, o),
                Vector512.LoadUnsafe(ref r, o), Vector512.LoadUnsafe(ref q, o), Vector512.LoadUnsafe(ref w, o), Vector512.LoadUnsafe(ref f, o),
                SimdMath512.Log(Vector512.LoadUnsafe(ref s, o) / Vector512.LoadUnsafe(ref k, o)),
                ref price, ref delta, ref gamma, ref vega, ref theta, ref rho, o);
        }

        return i;
    }

    /// <summary>
    /// One register of options, lane by lane as <see cref="OptionPricer.Greeks"/> (the degenerate flag and the
    /// model choice are blends), stored at <paramref name="o"/> of each output. <paramref name="logMoneyness"/> is
    /// ln(S/K), supplied by the caller: the risk book has ln S once per tick and ln K once per option, so its hot
    /// loop needs no logarithm at all. Inlined into each caller's loop, including the risk book's. Results go straight to memory rather than through out parameters, which
    /// would make the JIT spill every intermediate (see <see cref="SimdMath512.NormCdf(Vector512{double}, Vector512{double})"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Greeks(
        Vector512<double> s, Vector512<double> k, Vector512<double> t, Vector512<double> vol,
        Vector512<double> r, Vector512<double> q, Vector512<double> w, Vector512<double> black76, Vector512<double> logMoneyness,
        ref double price, ref double delta, ref double gamma, ref double vega, ref double theta, ref double rho, nuint o)
    {
        Vector512<double> isBlack76 = ~Vector512.Equals(black76, Vector512<double>.Zero);
        Vector512<double> carry = Vector512.AndNot(r - q, isBlack76);
        Vector512<double> sqrtT = Vector512.Sqrt(t);
        Vector512<double> v = vol * sqrtT;
        Vector512<double> minV = Vector512.Create(OptionPricer.MinTotalVolatility);
        Vector512<double> degenerate = Vector512.LessThan(v, minV);
        Vector512<double> vs = Vector512.MaxNative(v, minV);
        Vector512<double> dfr = SimdMath512.Exp(-r * t);
        Vector512<double> dfq = SimdMath512.Exp((carry - r) * t);
        Vector512<double> lnFk = Vector512.FusedMultiplyAdd(carry, t, logMoneyness);

        // One reciprocal of v serves d1, gamma and theta: divisions are the slowest lane operation here.
        Vector512<double> invVs = Vector512<double>.One / vs;
        Vector512<double> d1 = Vector512.FusedMultiplyAdd(lnFk, invVs, Vector512.Create(0.5) * vs);
        Vector512<double> d2 = d1 - vs;
        Vector512<double> g1 = SimdMath512.HalfSquareExpOfAbs(d1);
        Vector512<double> nd1 = SimdMath512.NormCdf(w * d1, g1);
        Vector512<double> nd2 = SimdMath512.NormCdf(w * d2, SimdMath512.HalfSquareExpOfAbs(d2));
        Vector512<double> pdf = g1 * Vector512.Create(NormalTailPolynomial.InvSqrt2Pi);

        Vector512<double> sDfq = s * dfq;
        Vector512<double> kDfr = k * dfr;
        Vector512<double> sTerm = sDfq * nd1;
        Vector512<double> kTerm = kDfr * nd2;
        Vector512<double> vPrice = Vector512.MaxNative(w * (sTerm - kTerm), Vector512<double>.Zero);
        vPrice.StoreUnsafe(ref price, o);
        (w * dfq * nd1).StoreUnsafe(ref delta, o);
        Vector512<double> sPdf = sDfq * pdf;
        Vector512.AndNot(sPdf * invVs / (s * s), degenerate).StoreUnsafe(ref gamma, o);
        (sPdf * sqrtT).StoreUnsafe(ref vega, o);
        Vector512<double> volTheta = Vector512.AndNot(sPdf * vol * vol * Vector512.Create(0.5) * invVs, degenerate);
        (-volTheta - w * Vector512.FusedMultiplyAdd(carry - r, sTerm, r * kTerm)).StoreUnsafe(ref theta, o);
        Vector512.ConditionalSelect(isBlack76, -t * vPrice, w * t * kTerm).StoreUnsafe(ref rho, o);
    }
}
