using System.Runtime.CompilerServices;
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
    public static void ComputeSimd(in OptionBatch input, in GreeksBatch output) =>
        ComputeSimd(input, output, Vector512.IsHardwareAccelerated ? 512 : 256);

    /// <summary>The SIMD path at an explicit width (256 or 512), so tests can hold both to the contract.</summary>
    internal static void ComputeSimd(in OptionBatch input, in GreeksBatch output, int bits)
    {
        CheckLengths(input, output);
        int i = bits == 512 ? GreeksSimd512.Compute(input, output) : GreeksSimd256.Compute(input, output);
        for (; (uint)i < (uint)input.Length; i++)
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
