using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Core;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Greeks;

/// <summary>
/// Greeks of many options at once over struct-of-arrays spans: a scalar loop over <see cref="OptionPricer"/>
/// and a SIMD path (Vector512 where accelerated, else Vector256) with the same formulas, the same degenerate-region rule and the same contract
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

    /// <summary>Vector body (512-bit when accelerated, else 256-bit) plus a scalar tail.</summary>
    public static void ComputeSimd(in OptionBatch input, in GreeksBatch output)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            ComputeSimd<Simd512>(input, output);
        }
        else
        {
            ComputeSimd<Simd256>(input, output);
        }
    }

    /// <summary>The SIMD path at an explicit width (256 or 512), so tests can hold both to the contract.</summary>
    internal static void ComputeSimd(in OptionBatch input, in GreeksBatch output, int bits)
    {
        if (bits == 512)
        {
            ComputeSimd<Simd512>(input, output);
        }
        else
        {
            ComputeSimd<Simd256>(input, output);
        }
    }

    private static void ComputeSimd<TV>(in OptionBatch input, in GreeksBatch output)
        where TV : struct, ISimdVector<TV>
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
        for (; i <= n - TV.Count; i += TV.Count)
        {
            nuint o = (nuint)i;
            Vector(
                TV.Load(ref s, o), TV.Load(ref k, o), TV.Load(ref t, o), TV.Load(ref vol, o),
                TV.Load(ref r, o), TV.Load(ref q, o), TV.Load(ref w, o), TV.Load(ref f, o),
                out TV vPrice, out TV vDelta, out TV vGamma, out TV vVega, out TV vTheta, out TV vRho);
            vPrice.Store(ref price, o);
            vDelta.Store(ref delta, o);
            vGamma.Store(ref gamma, o);
            vVega.Store(ref vega, o);
            vTheta.Store(ref theta, o);
            vRho.Store(ref rho, o);
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
    /// One register of options: the formulas of <see cref="OptionPricer.Greeks"/> lane by lane, branch-free
    /// (the degenerate flag and the model choice are blends). Inlined into each caller's loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Vector<TV>(
        TV s, TV k, TV t, TV vol, TV r, TV q, TV w, TV black76,
        out TV price, out TV delta, out TV gamma, out TV vega, out TV theta, out TV rho)
        where TV : struct, ISimdVector<TV>
    {
        TV isBlack76 = ~TV.Equals(black76, TV.Zero);
        TV carry = TV.ZeroWhere(isBlack76, r - q);
        TV sqrtT = TV.Sqrt(t);
        TV v = vol * sqrtT;
        TV minV = TV.Create(OptionPricer.MinTotalVolatility);
        TV degenerate = TV.LessThan(v, minV);
        TV vs = TV.MaxNative(v, minV);
        TV dfr = SimdMath.Exp(-r * t);
        TV dfq = SimdMath.Exp((carry - r) * t);
        TV lnFk = TV.Fma(carry, t, SimdMath.Log(s / k));
        TV d1 = lnFk / vs + TV.Create(0.5) * vs;
        TV d2 = d1 - vs;
        TV nd1 = SimdMath.NormCdfAndPdf(w * d1, out TV pdf);
        TV nd2 = SimdMath.NormCdfAndPdf(w * d2, out _);

        TV sDfq = s * dfq;
        TV kDfr = k * dfr;
        TV sTerm = sDfq * nd1;
        TV kTerm = kDfr * nd2;
        price = TV.MaxNative(w * (sTerm - kTerm), TV.Zero);
        delta = w * dfq * nd1;
        TV sPdf = sDfq * pdf;
        gamma = TV.ZeroWhere(degenerate, sPdf / (s * s * vs));
        vega = sPdf * sqrtT;
        TV volTheta = TV.ZeroWhere(degenerate, sPdf * vol * vol / (TV.Create(2.0) * vs));
        theta = -volTheta - w * TV.Fma(carry - r, sTerm, r * kTerm);
        rho = TV.Select(isBlack76, -t * price, w * t * kTerm);
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
