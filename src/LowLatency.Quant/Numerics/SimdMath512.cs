// Derived from SimdMath256.cs by replacing every "256" with "512" below this header (a test checks the two
// stay in step); edit SimdMath256.cs and re-derive, never this file alone.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LowLatency.Quant.Numerics;

/// <summary>
/// Exp, log and Φ on 512-bit lanes, inlined into the kernels. Error bounds: see <see cref="VectorMath"/>.
/// </summary>
internal static class SimdMath512
{
    private const double Log2E = 1.4426950408889634;

    // ln 2 split so k·Ln2Hi is exact for |k| ≤ 2^11 (Ln2Hi has 32 trailing zero bits): Cody–Waite reduction.
    private const double Ln2Hi = 0.693147180369123816490;
    private const double Ln2Lo = 1.90821492927058770002e-10;

    // 1.5·2^52: adding it to an integer-valued double |k| < 2^51 puts k in the low mantissa bits, which
    // gives the integer without a double→int64 conversion instruction (AVX2 has none).
    private const double Magic = 6755399441055744.0;
    private const double ExpMax = 710.0;
    private const double ExpMin = -746.0;
    private const long Sqrt1HalfBits = 0x3FE6A09E667F3BCD;
    private const double TwoPow52 = 4503599627370496.0;
    private const double SmallestNormal = 2.2250738585072014E-308;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        // Clamp so k stays in [−1076, 1024] (results 0 and +∞ at the ends); NaN is restored at the end
        // because the native min/max (single instructions) do not propagate it.
        Vector512<double> xc = Vector512.MaxNative(Vector512.MinNative(x, Vector512.Create(ExpMax)), Vector512.Create(ExpMin));
        Vector512<double> kd = Vector512.FusedMultiplyAdd(xc, Vector512.Create(Log2E), Vector512.Create(Magic));
        Vector512<double> k = kd - Vector512.Create(Magic);
        Vector512<double> r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Hi), xc);
        r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Lo), r);

        // Taylor to degree 13 on |r| ≤ ln2/2 (remainder r¹⁴/14! ≤ 4e-18) as 1 + (r + r²·Q(r)), Q by Estrin's
        // scheme: dependency depth 5 instead of Horner's 13 (this kernel is latency bound), while the leading
        // 1 + r is still added last so the result keeps Horner's half-ulp final rounding.
        Vector512<double> r2 = r * r;
        Vector512<double> r4 = r2 * r2;
        Vector512<double> r8 = r4 * r4;
        Vector512<double> a0 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 6.0), Vector512.Create(0.5));
        Vector512<double> a1 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 120.0), Vector512.Create(1.0 / 24.0));
        Vector512<double> a2 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 5040.0), Vector512.Create(1.0 / 720.0));
        Vector512<double> a3 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 362880.0), Vector512.Create(1.0 / 40320.0));
        Vector512<double> a4 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 39916800.0), Vector512.Create(1.0 / 3628800.0));
        Vector512<double> a5 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 6227020800.0), Vector512.Create(1.0 / 479001600.0));
        Vector512<double> q = Vector512.FusedMultiplyAdd(
            Vector512.FusedMultiplyAdd(a5, r2, a4),
            r8,
            Vector512.FusedMultiplyAdd(Vector512.FusedMultiplyAdd(a3, r2, a2), r4, Vector512.FusedMultiplyAdd(a1, r2, a0)));
        Vector512<double> p = Vector512<double>.One + Vector512.FusedMultiplyAdd(r2, q, r);

        // 2^k as two normal factors 2^k1·2^k2 (k1 = ⌊k/2⌋) so subnormal and overflowing results round
        // exactly once, in the last multiply.
        Vector512<long> magic = Vector512.Create(Magic).AsInt64();
        Vector512<long> k1 = (Vector512.Floor(k * Vector512.Create(0.5)) + Vector512.Create(Magic)).AsInt64() - magic;
        Vector512<long> k2 = kd.AsInt64() - magic - k1;
        Vector512<double> s1 = Vector512.ShiftLeft(k1 + Vector512.Create(1023L), 52).AsDouble();
        Vector512<double> s2 = Vector512.ShiftLeft(k2 + Vector512.Create(1023L), 52).AsDouble();
        return Vector512.ConditionalSelect(Vector512.Equals(x, x), p * s1 * s2, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> x)
    {
        // Subnormals are scaled by 2^52 first so the exponent field is meaningful.
        Vector512<double> subnormal = Vector512.LessThan(x, Vector512.Create(SmallestNormal));
        Vector512<double> xs = Vector512.ConditionalSelect(subnormal, x * Vector512.Create(TwoPow52), x);

        // x = 2^e·m with m ∈ [√½, √2): subtracting the bits of √½ moves the mantissa boundary there; e is
        // the arithmetic shift of the difference, done as a logical shift after a bias of 1024 (AVX2 has no
        // 64-bit arithmetic shift).
        Vector512<long> shifted = xs.AsInt64() - Vector512.Create(Sqrt1HalfBits);
        Vector512<long> eInt = Vector512.ShiftRightLogical(shifted + Vector512.Create(1024L << 52), 52) - Vector512.Create(1024L);
        Vector512<double> m = ((shifted & Vector512.Create(0x000FFFFFFFFFFFFFL)) + Vector512.Create(Sqrt1HalfBits)).AsDouble();
        Vector512<double> e = (eInt + Vector512.Create(Magic).AsInt64()).AsDouble() - Vector512.Create(Magic)
            + (subnormal & Vector512.Create(-52.0));

        // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: 2s·Σ z^j/(2j + 1), z = s², to j = 10
        // (next term ≤ 3e-18 relative). m − 1 is exact (Sterbenz).
        Vector512<double> f = m - Vector512<double>.One;
        Vector512<double> s = f / (f + Vector512.Create(2.0));
        Vector512<double> z = s * s;
        // q(z) = Σ_{j=0..9} z^j/(2j + 3) by Estrin (depth 4 instead of 9).
        Vector512<double> z2 = z * z;
        Vector512<double> z4 = z2 * z2;
        Vector512<double> z8 = z4 * z4;
        Vector512<double> c0 = Vector512.FusedMultiplyAdd(z, Vector512.Create(1.0 / 5.0), Vector512.Create(1.0 / 3.0));
        Vector512<double> c1 = Vector512.FusedMultiplyAdd(z, Vector512.Create(1.0 / 9.0), Vector512.Create(1.0 / 7.0));
        Vector512<double> c2 = Vector512.FusedMultiplyAdd(z, Vector512.Create(1.0 / 13.0), Vector512.Create(1.0 / 11.0));
        Vector512<double> c3 = Vector512.FusedMultiplyAdd(z, Vector512.Create(1.0 / 17.0), Vector512.Create(1.0 / 15.0));
        Vector512<double> c4 = Vector512.FusedMultiplyAdd(z, Vector512.Create(1.0 / 21.0), Vector512.Create(1.0 / 19.0));
        Vector512<double> q = Vector512.FusedMultiplyAdd(
            c4,
            z8,
            Vector512.FusedMultiplyAdd(Vector512.FusedMultiplyAdd(c3, z2, c2), z4, Vector512.FusedMultiplyAdd(c1, z2, c0)));
        Vector512<double> twoS = s + s;

        // 2s = f − f·s exactly in algebra, so log m = f − (f·s − 2s·z·q): the leading term f is exact and
        // the relative error stays at a couple of ulps even next to m = 1.
        Vector512<double> logM = f - Vector512.FusedMultiplyAdd(-twoS, z * q, f * s);
        Vector512<double> result = Vector512.FusedMultiplyAdd(e, Vector512.Create(Ln2Hi), Vector512.FusedMultiplyAdd(e, Vector512.Create(Ln2Lo), logM));

        // Special inputs: 0 → −∞, +∞ → +∞, negative or NaN → NaN.
        Vector512<double> ok = Vector512.GreaterThan(x, Vector512<double>.Zero) & Vector512.LessThan(x, Vector512.Create(double.PositiveInfinity));
        Vector512<double> special = Vector512.ConditionalSelect(
            Vector512.Equals(x, Vector512<double>.Zero),
            Vector512.Create(double.NegativeInfinity),
            Vector512.ConditionalSelect(Vector512.Equals(x, Vector512.Create(double.PositiveInfinity)), x, Vector512.Create(double.NaN)));
        return Vector512.ConditionalSelect(ok, result, special);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> NormCdf(Vector512<double> x) => NormCdf(x, HalfSquareExpOfAbs(x));

    /// <summary>
    /// Φ(x) given g = <see cref="HalfSquareExpOfAbs"/>(x), so a caller that also needs φ(x) = g/√(2π) pays for
    /// one exponential. No out parameters on purpose: an out local in this inlined chain is address-exposed
    /// and the JIT spills the whole kernel to the stack (measured: 93 stack moves per iteration).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> NormCdf(Vector512<double> x, Vector512<double> g)
    {
        Vector512<double> t = Vector512.MinNative(Vector512.Abs(x), Vector512.Create(NormalTailPolynomial.Clamp));
        Vector512<double> q = g * ScaledTail(t);
        Vector512<double> cdf = Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512<double>.Zero), q, Vector512<double>.One - q);
        return Vector512.ConditionalSelect(Vector512.Equals(x, x), cdf, x);
    }

    /// <summary>exp(−x²/2), |x| clamped at 40 (where it has underflowed) so x² stays finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> HalfSquareExpOfAbs(Vector512<double> x) =>
        HalfSquareExp(Vector512.MinNative(Vector512.Abs(x), Vector512.Create(NormalTailPolynomial.Clamp)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> NormPdf(Vector512<double> x)
    {
        Vector512<double> t = Vector512.MinNative(Vector512.Abs(x), Vector512.Create(NormalTailPolynomial.Clamp));
        return HalfSquareExp(t) * Vector512.Create(NormalTailPolynomial.InvSqrt2Pi);
    }

    /// <summary>exp(−t²/2) with the rounding of t² compensated (see <see cref="NormalDistribution"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> HalfSquareExp(Vector512<double> t)
    {
        Vector512<double> h = t * t;
        Vector512<double> l = Vector512.FusedMultiplyAdd(t, t, -h);
        return Exp(h * Vector512.Create(-0.5)) * Vector512.FusedMultiplyAdd(Vector512.Create(-0.5), l, Vector512<double>.One);
    }

    /// <summary>Lane-wise <see cref="NormalTailPolynomial.ScaledTail(double)"/>: the same coefficients.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> ScaledTail(Vector512<double> t)
    {
        Vector512<double> u = Vector512.Create(NormalTailPolynomial.Scale) / (Vector512.Create(NormalTailPolynomial.Scale) + t);
        Vector512<double> y = u + u - Vector512<double>.One;
        // Estrin's scheme (depth 6 instead of Horner's 23): same coefficients, different rounding order;
        // both stay within a few ulps because the monomial coefficients sum to 0.5 on |y| ≤ 1.
        Vector512<double> y2 = y * y;
        Vector512<double> y4 = y2 * y2;
        Vector512<double> y8 = y4 * y4;
        Vector512<double> y16 = y8 * y8;
        Vector512<double> e0 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P01), Vector512.Create(NormalTailPolynomial.P00));
        Vector512<double> e1 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P03), Vector512.Create(NormalTailPolynomial.P02));
        Vector512<double> e2 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P05), Vector512.Create(NormalTailPolynomial.P04));
        Vector512<double> e3 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P07), Vector512.Create(NormalTailPolynomial.P06));
        Vector512<double> e4 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P09), Vector512.Create(NormalTailPolynomial.P08));
        Vector512<double> e5 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P11), Vector512.Create(NormalTailPolynomial.P10));
        Vector512<double> e6 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P13), Vector512.Create(NormalTailPolynomial.P12));
        Vector512<double> e7 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P15), Vector512.Create(NormalTailPolynomial.P14));
        Vector512<double> e8 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P17), Vector512.Create(NormalTailPolynomial.P16));
        Vector512<double> e9 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P19), Vector512.Create(NormalTailPolynomial.P18));
        Vector512<double> e10 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P21), Vector512.Create(NormalTailPolynomial.P20));
        Vector512<double> e11 = Vector512.FusedMultiplyAdd(y, Vector512.Create(NormalTailPolynomial.P23), Vector512.Create(NormalTailPolynomial.P22));
        Vector512<double> f0 = Vector512.FusedMultiplyAdd(e1, y2, e0);
        Vector512<double> f1 = Vector512.FusedMultiplyAdd(e3, y2, e2);
        Vector512<double> f2 = Vector512.FusedMultiplyAdd(e5, y2, e4);
        Vector512<double> f3 = Vector512.FusedMultiplyAdd(e7, y2, e6);
        Vector512<double> f4 = Vector512.FusedMultiplyAdd(e9, y2, e8);
        Vector512<double> f5 = Vector512.FusedMultiplyAdd(e11, y2, e10);
        Vector512<double> h0 = Vector512.FusedMultiplyAdd(f1, y4, f0);
        Vector512<double> h1 = Vector512.FusedMultiplyAdd(f3, y4, f2);
        Vector512<double> h2 = Vector512.FusedMultiplyAdd(f5, y4, f4);
        Vector512<double> p = Vector512.FusedMultiplyAdd(h2, y16, Vector512.FusedMultiplyAdd(h1, y8, h0));
        return u * p;
    }
}
