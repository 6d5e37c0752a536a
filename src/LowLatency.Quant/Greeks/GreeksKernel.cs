using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Core;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Greeks;

/// <summary>
/// Greeks of many options at once over struct-of-arrays spans: a scalar loop over <see cref="OptionPricer"/>
/// and a Vector256 path with the same formulas, the same degenerate-region rule and the same contract
/// (tested to agree within 1e-12 relative).
/// </summary>
/// <remarks>
/// The kernels do not validate: call <see cref="Validate"/> at the boundary (the book validates each input
/// as it is set). Invalid inputs give unspecified (possibly NaN) outputs but never throw.
/// </remarks>
public static class GreeksKernel
{
    /// <summary>SIMD when <see cref="VectorMath.IsAccelerated"/>, else scalar.</summary>
    public static void Compute(in OptionBatch input, in GreeksBatch output)
    {
        if (VectorMath.IsAccelerated)
        {
            ComputeSimd(input, output);
        }
        else
        {
            ComputeScalar(input, output);
        }
    }

    /// <summary>One <see cref="OptionPricer.Greeks"/> call per option: the reference path.</summary>
    public static void ComputeScalar(in OptionBatch input, in GreeksBatch output)
    {
        CheckLengths(input, output);
        for (int i = 0; (uint)i < (uint)input.Length; i++)
        {
            ScalarAt(input, output, i);
        }
    }

    /// <summary>Vector256 body, four options per step, plus a scalar tail.</summary>
    public static void ComputeSimd(in OptionBatch input, in GreeksBatch output)
    {
        CheckLengths(input, output);
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
            Vector(
                Vector256.LoadUnsafe(ref s, o), Vector256.LoadUnsafe(ref k, o), Vector256.LoadUnsafe(ref t, o), Vector256.LoadUnsafe(ref vol, o),
                Vector256.LoadUnsafe(ref r, o), Vector256.LoadUnsafe(ref q, o), Vector256.LoadUnsafe(ref w, o), Vector256.LoadUnsafe(ref f, o),
                out var vPrice, out var vDelta, out var vGamma, out var vVega, out var vTheta, out var vRho);
            vPrice.StoreUnsafe(ref price, o);
            vDelta.StoreUnsafe(ref delta, o);
            vGamma.StoreUnsafe(ref gamma, o);
            vVega.StoreUnsafe(ref vega, o);
            vTheta.StoreUnsafe(ref theta, o);
            vRho.StoreUnsafe(ref rho, o);
        }

        for (; (uint)i < (uint)n; i++)
        {
            ScalarAt(input, output, i);
        }
    }

    /// <summary>Checks every option's inputs; returns the first refusal and its index (−1 when all pass).</summary>
    public static RiskInputError Validate(in OptionBatch input, out int firstBadIndex)
    {
        for (int i = 0; i < input.Length; i++)
        {
            RiskInputError e = RiskLimits.CheckOption(input.Underlying[i], input.Strike[i], input.TimeYears[i], input.Volatility[i], input.Rate[i], input.DividendYield[i]);
            if (e == RiskInputError.None && (input.Sign[i] is not (1.0 or -1.0) || input.Black76[i] is not (0.0 or 1.0)))
            {
                e = RiskInputError.NotApplicable;
            }

            if (e != RiskInputError.None)
            {
                firstBadIndex = i;
                return e;
            }
        }

        firstBadIndex = -1;
        return RiskInputError.None;
    }

    /// <summary>
    /// Four options in registers: the formulas of <see cref="OptionPricer.Greeks"/> lane by lane, branch-free
    /// (the degenerate flag and the model choice are blends). Inlined into each caller's loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Vector(
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
        Vector256<double> dfr = VectorMath.Exp(-r * t);
        Vector256<double> dfq = VectorMath.Exp((carry - r) * t);
        Vector256<double> lnFk = Vector256.FusedMultiplyAdd(carry, t, VectorMath.Log(s / k));
        Vector256<double> d1 = lnFk / vs + Vector256.Create(0.5) * vs;
        Vector256<double> d2 = d1 - vs;
        Vector256<double> nd1 = VectorMath.NormCdfAndPdf(w * d1, out Vector256<double> pdf);
        Vector256<double> nd2 = VectorMath.NormCdf(w * d2);

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScalarAt(in OptionBatch input, in GreeksBatch output, int i)
    {
        OptionGreeks g = OptionPricer.Greeks(
            input.Sign[i] < 0 ? OptionRight.Put : OptionRight.Call,
            input.Black76[i] != 0 ? PricingModel.Black76 : PricingModel.BlackScholesMerton,
            input.Underlying[i], input.Strike[i], input.TimeYears[i], input.Volatility[i], input.Rate[i], input.DividendYield[i]);
        output.Price[i] = g.Price;
        output.Delta[i] = g.Delta;
        output.Gamma[i] = g.Gamma;
        output.Vega[i] = g.Vega;
        output.Theta[i] = g.Theta;
        output.Rho[i] = g.Rho;
    }

    private static void CheckLengths(in OptionBatch input, in GreeksBatch output)
    {
        if (output.Length < input.Length)
        {
            ThrowHelper.ThrowArgument(nameof(output), "output spans shorter than the input");
        }
    }
}
