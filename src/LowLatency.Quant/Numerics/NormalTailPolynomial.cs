using System.Runtime.CompilerServices;

namespace LowLatency.Quant.Numerics;

/// <summary>
/// The one approximation behind every normal CDF in this project, shared by the scalar and the SIMD
/// paths so they agree by construction (STYLE #7); the vector form is <c>SimdMath256.ScaledTail</c>.
/// </summary>
/// <remarks>
/// For t ≥ 0 the upper tail is written Q(t) = 1 − Φ(t) = exp(−t²/2) · u · P(y) with u = 4/(4 + t) and
/// y = 2u − 1 ∈ (−1, 1]. The map t ↦ u sends [0, ∞) onto (0, 1], where Q(t)·exp(t²/2)/u (a scaled Mills
/// ratio) is smooth, so one degree-23 polynomial covers the whole half line: no branches, no lookup,
/// the same instruction stream for every lane. The coefficients are a Chebyshev interpolant (80 nodes,
/// 50-digit arithmetic, truncated to 24 terms and converted to the monomial basis; the monomial
/// coefficients sum to 0.50 in absolute value, so Horner in double loses nothing). Truncation error in
/// exact arithmetic: 6e-16 relative on [0, ∞). Writing the tail as exp(−t²/2) times a bounded factor
/// is the erfc-style form that keeps relative accuracy in the far lower tail, where 1 − Φ would cancel.
/// </remarks>
internal static class NormalTailPolynomial
{
    /// <summary>The scale c in u = c/(c + t); c = 4 gave the fastest coefficient decay among 1..6.</summary>
    public const double Scale = 4.0;

    /// <summary>1/√(2π).</summary>
    public const double InvSqrt2Pi = 0.3989422804014327;

    /// <summary>Beyond this |x| the tail exp(−x²/2) underflows to zero, so x is clamped to keep x² finite.</summary>
    public const double Clamp = 40.0;

    internal const double P00 = 0.18882128260393785;
    internal const double P01 = 0.15197416049297308;
    internal const double P02 = 0.09678435018555664;
    internal const double P03 = 0.04663046448990915;
    internal const double P04 = 0.01509914372259023;
    internal const double P05 = 0.001885047241846578;
    internal const double P06 = -0.0008699230891628756;
    internal const double P07 = -0.00040770461685247714;
    internal const double P08 = 3.3336052290036945e-05;
    internal const double P09 = 5.7773754340693565e-05;
    internal const double P10 = -4.769190076797745e-07;
    internal const double P11 = -8.786277975709413e-06;
    internal const double P12 = 1.7865053828168654e-07;
    internal const double P13 = 1.4804027614809944e-06;
    internal const double P14 = -1.5623877693912945e-07;
    internal const double P15 = -2.5619627541381934e-07;
    internal const double P16 = 6.61834320494967e-08;
    internal const double P17 = 3.994349035559805e-08;
    internal const double P18 = -1.9695900856734096e-08;
    internal const double P19 = -4.461231943245354e-09;
    internal const double P20 = 4.01684673933235e-09;
    internal const double P21 = 1.4684066912467977e-10;
    internal const double P22 = -4.221644241696684e-10;
    internal const double P23 = 2.999445507813274e-11;

    /// <summary>u·P(y) for t ≥ 0, i.e. Q(t)·exp(t²/2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScaledTail(double t)
    {
        double u = Scale / (Scale + t);
        double y = 2.0 * u - 1.0;
        double p = P23;
        p = Math.FusedMultiplyAdd(p, y, P22);
        p = Math.FusedMultiplyAdd(p, y, P21);
        p = Math.FusedMultiplyAdd(p, y, P20);
        p = Math.FusedMultiplyAdd(p, y, P19);
        p = Math.FusedMultiplyAdd(p, y, P18);
        p = Math.FusedMultiplyAdd(p, y, P17);
        p = Math.FusedMultiplyAdd(p, y, P16);
        p = Math.FusedMultiplyAdd(p, y, P15);
        p = Math.FusedMultiplyAdd(p, y, P14);
        p = Math.FusedMultiplyAdd(p, y, P13);
        p = Math.FusedMultiplyAdd(p, y, P12);
        p = Math.FusedMultiplyAdd(p, y, P11);
        p = Math.FusedMultiplyAdd(p, y, P10);
        p = Math.FusedMultiplyAdd(p, y, P09);
        p = Math.FusedMultiplyAdd(p, y, P08);
        p = Math.FusedMultiplyAdd(p, y, P07);
        p = Math.FusedMultiplyAdd(p, y, P06);
        p = Math.FusedMultiplyAdd(p, y, P05);
        p = Math.FusedMultiplyAdd(p, y, P04);
        p = Math.FusedMultiplyAdd(p, y, P03);
        p = Math.FusedMultiplyAdd(p, y, P02);
        p = Math.FusedMultiplyAdd(p, y, P01);
        p = Math.FusedMultiplyAdd(p, y, P00);
        return u * p;
    }
}
