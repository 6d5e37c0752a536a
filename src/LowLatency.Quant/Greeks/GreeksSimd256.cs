// GreeksSimd512.cs is derived from this file by replacing every "256" with "512" below the header (a test
// checks the two stay in step), for the reason given in Numerics/SimdMath256.cs.
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
                out Vector256<double> vPrice, out Vector256<double> vDelta, out Vector256<double> vGamma,
                out Vector256<double> vVega, out Vector256<double> vTheta, out Vector256<double> vRho);
            vPrice.StoreUnsafe(ref price, o);
            vDelta.StoreUnsafe(ref delta, o);
            vGamma.StoreUnsafe(ref gamma, o);
            vVega.StoreUnsafe(ref vega, o);
            vTheta.StoreUnsafe(ref theta, o);
            vRho.StoreUnsafe(ref rho, o);
        }

        return i;
    }

    /// <summary>
    /// One register of options, lane by lane as <see cref="OptionPricer.Greeks"/> (the degenerate flag and the
    /// model choice are blends). Inlined into each caller's loop, including the risk book's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Greeks(
        Vector256<double> s, Vector256<double> k, Vector256<double> t, Vector256<double> vol,
        Vector256<double> r, Vector256<double> q, Vector256<double> w, Vector256<double> black76,
        out Vector256<double> price, out Vector256<double> delta, out Vector256<double> gamma,
        out Vector256<double> vega, out Vector256<double> theta, out Vector256<double> rho)
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
        Vector256<double> lnFk = Vector256.FusedMultiplyAdd(carry, t, SimdMath256.Log(s / k));
        Vector256<double> d1 = lnFk / vs + Vector256.Create(0.5) * vs;
        Vector256<double> d2 = d1 - vs;
        Vector256<double> nd1 = SimdMath256.NormCdfAndPdf(w * d1, out Vector256<double> pdf);
        Vector256<double> nd2 = SimdMath256.NormCdfAndPdf(w * d2, out _);

        Vector256<double> sDfq = s * dfq;
        Vector256<double> kDfr = k * dfr;
        Vector256<double> sTerm = sDfq * nd1;
        Vector256<double> kTerm = kDfr * nd2;
        price = Vector256.MaxNative(w * (sTerm - kTerm), Vector256<double>.Zero);
        delta = w * dfq * nd1;
        Vector256<double> sPdf = sDfq * pdf;
        gamma = Vector256.AndNot(sPdf / (s * s * vs), degenerate);
        vega = sPdf * sqrtT;
        Vector256<double> volTheta = Vector256.AndNot(sPdf * vol * vol / (Vector256.Create(2.0) * vs), degenerate);
        theta = -volTheta - w * Vector256.FusedMultiplyAdd(carry - r, sTerm, r * kTerm);
        rho = Vector256.ConditionalSelect(isBlack76, -t * price, w * t * kTerm);
    }
}
