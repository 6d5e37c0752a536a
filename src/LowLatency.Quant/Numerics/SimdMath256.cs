// The Vector512 twin (SimdMath512) is generated from this file at build time by replacing every "256"
// with "512" (LowLatency.Quant.csproj, target GenerateVector512Twins): one source, two widths, the same
// instructions. Why not one generic source: wrapping Vector256/Vector512 in structs behind an interface
// makes every operator an inline candidate, and the JIT's inlining budget runs out half way through the
// greeks kernel, leaving calls in the loop (seen in the disassembly: 3x slower).
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LowLatency.Quant.Numerics;

/// <summary>
/// Exp, log and Φ on 256-bit lanes, inlined into the kernels. Error bounds: see <see cref="VectorMath"/>.
/// </summary>
internal static class SimdMath256
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
    public static Vector256<double> Exp(Vector256<double> x)
    {
        // Clamp so k stays in [−1076, 1024] (results 0 and +∞ at the ends); NaN is restored at the end
        // because the native min/max (single instructions) do not propagate it.
        Vector256<double> xc = Vector256.MaxNative(Vector256.MinNative(x, Vector256.Create(ExpMax)), Vector256.Create(ExpMin));
        Vector256<double> kd = Vector256.FusedMultiplyAdd(xc, Vector256.Create(Log2E), Vector256.Create(Magic));
        Vector256<double> k = kd - Vector256.Create(Magic);
        Vector256<double> r = Vector256.FusedMultiplyAdd(-k, Vector256.Create(Ln2Hi), xc);
        r = Vector256.FusedMultiplyAdd(-k, Vector256.Create(Ln2Lo), r);

        // Taylor to degree 13 on |r| ≤ ln2/2 (remainder r¹⁴/14! ≤ 4e-18) as 1 + (r + r²·Q(r)), Q by Estrin's
        // scheme: dependency depth 5 instead of Horner's 13 (this kernel is latency bound), while the leading
        // 1 + r is still added last so the result keeps Horner's half-ulp final rounding.
        Vector256<double> r2 = r * r;
        Vector256<double> r4 = r2 * r2;
        Vector256<double> r8 = r4 * r4;
        Vector256<double> a0 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 6.0), Vector256.Create(0.5));
        Vector256<double> a1 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 120.0), Vector256.Create(1.0 / 24.0));
        Vector256<double> a2 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 5040.0), Vector256.Create(1.0 / 720.0));
        Vector256<double> a3 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 362880.0), Vector256.Create(1.0 / 40320.0));
        Vector256<double> a4 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 39916800.0), Vector256.Create(1.0 / 3628800.0));
        Vector256<double> a5 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 6227020800.0), Vector256.Create(1.0 / 479001600.0));
        Vector256<double> q = Vector256.FusedMultiplyAdd(
            Vector256.FusedMultiplyAdd(a5, r2, a4),
            r8,
            Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(a3, r2, a2), r4, Vector256.FusedMultiplyAdd(a1, r2, a0)));
        Vector256<double> p = Vector256<double>.One + Vector256.FusedMultiplyAdd(r2, q, r);

        // 2^k as two normal factors 2^k1·2^k2 (k1 = ⌊k/2⌋) so subnormal and overflowing results round
        // exactly once, in the last multiply.
        Vector256<long> magic = Vector256.Create(Magic).AsInt64();
        Vector256<long> k1 = (Vector256.Floor(k * Vector256.Create(0.5)) + Vector256.Create(Magic)).AsInt64() - magic;
        Vector256<long> k2 = kd.AsInt64() - magic - k1;
        Vector256<double> s1 = Vector256.ShiftLeft(k1 + Vector256.Create(1023L), 52).AsDouble();
        Vector256<double> s2 = Vector256.ShiftLeft(k2 + Vector256.Create(1023L), 52).AsDouble();
        return Vector256.ConditionalSelect(Vector256.Equals(x, x), p * s1 * s2, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> x)
    {
        // Subnormals are scaled by 2^52 first so the exponent field is meaningful.
        Vector256<double> subnormal = Vector256.LessThan(x, Vector256.Create(SmallestNormal));
        Vector256<double> xs = Vector256.ConditionalSelect(subnormal, x * Vector256.Create(TwoPow52), x);

        // x = 2^e·m with m ∈ [√½, √2): subtracting the bits of √½ moves the mantissa boundary there; e is
        // the arithmetic shift of the difference, done as a logical shift after a bias of 1024 (AVX2 has no
        // 64-bit arithmetic shift).
        Vector256<long> shifted = xs.AsInt64() - Vector256.Create(Sqrt1HalfBits);
        Vector256<long> eInt = Vector256.ShiftRightLogical(shifted + Vector256.Create(1024L << 52), 52) - Vector256.Create(1024L);
        Vector256<double> m = ((shifted & Vector256.Create(0x000FFFFFFFFFFFFFL)) + Vector256.Create(Sqrt1HalfBits)).AsDouble();
        Vector256<double> e = (eInt + Vector256.Create(Magic).AsInt64()).AsDouble() - Vector256.Create(Magic)
            + (subnormal & Vector256.Create(-52.0));

        // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: 2s·Σ z^j/(2j + 1), z = s², to j = 10
        // (next term ≤ 3e-18 relative). m − 1 is exact (Sterbenz).
        Vector256<double> f = m - Vector256<double>.One;
        Vector256<double> s = f / (f + Vector256.Create(2.0));
        Vector256<double> z = s * s;
        // q(z) = Σ_{j=0..9} z^j/(2j + 3) by Estrin (depth 4 instead of 9).
        Vector256<double> z2 = z * z;
        Vector256<double> z4 = z2 * z2;
        Vector256<double> z8 = z4 * z4;
        Vector256<double> c0 = Vector256.FusedMultiplyAdd(z, Vector256.Create(1.0 / 5.0), Vector256.Create(1.0 / 3.0));
        Vector256<double> c1 = Vector256.FusedMultiplyAdd(z, Vector256.Create(1.0 / 9.0), Vector256.Create(1.0 / 7.0));
        Vector256<double> c2 = Vector256.FusedMultiplyAdd(z, Vector256.Create(1.0 / 13.0), Vector256.Create(1.0 / 11.0));
        Vector256<double> c3 = Vector256.FusedMultiplyAdd(z, Vector256.Create(1.0 / 17.0), Vector256.Create(1.0 / 15.0));
        Vector256<double> c4 = Vector256.FusedMultiplyAdd(z, Vector256.Create(1.0 / 21.0), Vector256.Create(1.0 / 19.0));
        Vector256<double> q = Vector256.FusedMultiplyAdd(
            c4,
            z8,
            Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(c3, z2, c2), z4, Vector256.FusedMultiplyAdd(c1, z2, c0)));
        Vector256<double> twoS = s + s;

        // 2s = f − f·s exactly in algebra, so log m = f − (f·s − 2s·z·q): the leading term f is exact and
        // the relative error stays at a couple of ulps even next to m = 1.
        Vector256<double> logM = f - Vector256.FusedMultiplyAdd(-twoS, z * q, f * s);
        Vector256<double> result = Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Hi), Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Lo), logM));

        // Special inputs: 0 → −∞, +∞ → +∞, negative or NaN → NaN.
        Vector256<double> ok = Vector256.GreaterThan(x, Vector256<double>.Zero) & Vector256.LessThan(x, Vector256.Create(double.PositiveInfinity));
        Vector256<double> special = Vector256.ConditionalSelect(
            Vector256.Equals(x, Vector256<double>.Zero),
            Vector256.Create(double.NegativeInfinity),
            Vector256.ConditionalSelect(Vector256.Equals(x, Vector256.Create(double.PositiveInfinity)), x, Vector256.Create(double.NaN)));
        return Vector256.ConditionalSelect(ok, result, special);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> NormCdf(Vector256<double> x) => NormCdf(x, HalfSquareExpOfAbs(x));

    /// <summary>
    /// Φ(x) given g = <see cref="HalfSquareExpOfAbs"/>(x), so a caller that also needs φ(x) = g/√(2π) pays for
    /// one exponential. No out parameters on purpose: an out local in this inlined chain is address-exposed
    /// and the JIT spills the whole kernel to the stack (measured: 93 stack moves per iteration).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> NormCdf(Vector256<double> x, Vector256<double> g)
    {
        Vector256<double> t = Vector256.MinNative(Vector256.Abs(x), Vector256.Create(NormalTailPolynomial.Clamp));
        Vector256<double> q = g * ScaledTail(t);
        Vector256<double> cdf = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), q, Vector256<double>.One - q);
        return Vector256.ConditionalSelect(Vector256.Equals(x, x), cdf, x);
    }

    /// <summary>
    /// c + min(|x|, clamp): the denominator of the tail's u = c/(c + t). A caller needing Φ at two points can take
    /// one reciprocal of the product of the two denominators and pass each u to <see cref="NormCdfOfU"/>: one
    /// division for both (u then within 2 ulps instead of ½, Φ's relative error moving by about as much).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> TailDenominator(Vector256<double> x) =>
        Vector256.Create(NormalTailPolynomial.Scale) + Vector256.MinNative(Vector256.Abs(x), Vector256.Create(NormalTailPolynomial.Clamp));

    /// <summary>Φ(x) given g = <see cref="HalfSquareExpOfAbs"/>(x) and u = c/<see cref="TailDenominator"/>(x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> NormCdfOfU(Vector256<double> x, Vector256<double> g, Vector256<double> u) => CdfFromTail(x, g * TailOfU(u));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> CdfFromTail(Vector256<double> x, Vector256<double> q)
    {
        Vector256<double> cdf = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), q, Vector256<double>.One - q);
        return Vector256.ConditionalSelect(Vector256.Equals(x, x), cdf, x);
    }

    /// <summary>exp(−x²/2), |x| clamped at 40 (where it has underflowed) so x² stays finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> HalfSquareExpOfAbs(Vector256<double> x) =>
        HalfSquareExp(Vector256.MinNative(Vector256.Abs(x), Vector256.Create(NormalTailPolynomial.Clamp)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> NormPdf(Vector256<double> x)
    {
        Vector256<double> t = Vector256.MinNative(Vector256.Abs(x), Vector256.Create(NormalTailPolynomial.Clamp));
        return HalfSquareExp(t) * Vector256.Create(NormalTailPolynomial.InvSqrt2Pi);
    }

    /// <summary>exp(−t²/2) with the rounding of t² compensated (see <see cref="NormalDistribution"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> HalfSquareExp(Vector256<double> t)
    {
        Vector256<double> h = t * t;
        Vector256<double> l = Vector256.FusedMultiplyAdd(t, t, -h);
        return Exp(h * Vector256.Create(-0.5)) * Vector256.FusedMultiplyAdd(Vector256.Create(-0.5), l, Vector256<double>.One);
    }

    /// <summary>Lane-wise <see cref="NormalTailPolynomial.ScaledTail(double)"/>: the same coefficients.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ScaledTail(Vector256<double> t) =>
        TailOfU(Vector256.Create(NormalTailPolynomial.Scale) / (Vector256.Create(NormalTailPolynomial.Scale) + t));

    /// <summary>The tail polynomial given u = c/(c + t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> TailOfU(Vector256<double> u)
    {
        Vector256<double> y = u + u - Vector256<double>.One;
        // Estrin's scheme (depth 6 instead of Horner's 23): same coefficients, different rounding order;
        // both stay within a few ulps because the monomial coefficients sum to 0.5 on |y| ≤ 1.
        Vector256<double> y2 = y * y;
        Vector256<double> y4 = y2 * y2;
        Vector256<double> y8 = y4 * y4;
        Vector256<double> y16 = y8 * y8;
        Vector256<double> e0 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P01), Vector256.Create(NormalTailPolynomial.P00));
        Vector256<double> e1 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P03), Vector256.Create(NormalTailPolynomial.P02));
        Vector256<double> e2 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P05), Vector256.Create(NormalTailPolynomial.P04));
        Vector256<double> e3 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P07), Vector256.Create(NormalTailPolynomial.P06));
        Vector256<double> e4 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P09), Vector256.Create(NormalTailPolynomial.P08));
        Vector256<double> e5 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P11), Vector256.Create(NormalTailPolynomial.P10));
        Vector256<double> e6 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P13), Vector256.Create(NormalTailPolynomial.P12));
        Vector256<double> e7 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P15), Vector256.Create(NormalTailPolynomial.P14));
        Vector256<double> e8 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P17), Vector256.Create(NormalTailPolynomial.P16));
        Vector256<double> e9 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P19), Vector256.Create(NormalTailPolynomial.P18));
        Vector256<double> e10 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P21), Vector256.Create(NormalTailPolynomial.P20));
        Vector256<double> e11 = Vector256.FusedMultiplyAdd(y, Vector256.Create(NormalTailPolynomial.P23), Vector256.Create(NormalTailPolynomial.P22));
        Vector256<double> f0 = Vector256.FusedMultiplyAdd(e1, y2, e0);
        Vector256<double> f1 = Vector256.FusedMultiplyAdd(e3, y2, e2);
        Vector256<double> f2 = Vector256.FusedMultiplyAdd(e5, y2, e4);
        Vector256<double> f3 = Vector256.FusedMultiplyAdd(e7, y2, e6);
        Vector256<double> f4 = Vector256.FusedMultiplyAdd(e9, y2, e8);
        Vector256<double> f5 = Vector256.FusedMultiplyAdd(e11, y2, e10);
        Vector256<double> h0 = Vector256.FusedMultiplyAdd(f1, y4, f0);
        Vector256<double> h1 = Vector256.FusedMultiplyAdd(f3, y4, f2);
        Vector256<double> h2 = Vector256.FusedMultiplyAdd(f5, y4, f4);
        Vector256<double> p = Vector256.FusedMultiplyAdd(h2, y16, Vector256.FusedMultiplyAdd(h1, y8, h0));
        return u * p;
    }
}
