using System.Runtime.CompilerServices;

namespace LowLatency.Quant.Numerics;

/// <summary>
/// The vectorised elementary functions written once over <see cref="ISimdVector{TV}"/>; <see cref="VectorMath"/>
/// exposes them for Vector256/Vector512 and the greeks kernel inlines them. Error bounds: see <see cref="VectorMath"/>.
/// </summary>
internal static class SimdMath
{
    /// <summary>1.5·2^52: adding it to an integer-valued double |k| &lt; 2^51 puts k in the low mantissa bits.</summary>
    public const double Magic = 6755399441055744.0;

    /// <summary>Bits of √½, the lower edge of the reduced mantissa range of <see cref="Log{TV}"/>.</summary>
    public const long Sqrt1HalfBits = 0x3FE6A09E667F3BCD;

    private const double Log2E = 1.4426950408889634;

    // ln 2 split so k·Ln2Hi is exact for |k| ≤ 2^11 (Ln2Hi has 32 trailing zero bits): Cody–Waite reduction.
    private const double Ln2Hi = 0.693147180369123816490;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double ExpMax = 710.0;
    private const double ExpMin = -746.0;
    private const double TwoPow52 = 4503599627370496.0;
    private const double SmallestNormal = 2.2250738585072014E-308;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Exp<TV>(TV x)
        where TV : struct, ISimdVector<TV>
    {
        // Clamp so k stays in [−1076, 1024] (results 0 and +∞ at the ends); NaN is restored at the end
        // because the native min/max do not propagate it.
        TV xc = TV.MaxNative(TV.MinNative(x, TV.Create(ExpMax)), TV.Create(ExpMin));
        TV kPlusMagic = TV.Fma(xc, TV.Create(Log2E), TV.Create(Magic));
        TV k = kPlusMagic - TV.Create(Magic);
        TV r = TV.Fma(-k, TV.Create(Ln2Hi), xc);
        r = TV.Fma(-k, TV.Create(Ln2Lo), r);

        // Taylor to degree 13 on |r| ≤ ln2/2: remainder r¹⁴/14! ≤ 4e-18.
        TV p = TV.Create(1.0 / 6227020800.0);
        p = TV.Fma(p, r, TV.Create(1.0 / 479001600.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 39916800.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 3628800.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 362880.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 40320.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 5040.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 720.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 120.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 24.0));
        p = TV.Fma(p, r, TV.Create(1.0 / 6.0));
        p = TV.Fma(p, r, TV.Create(0.5));
        p = TV.Fma(p, r, TV.One);
        p = TV.Fma(p, r, TV.One);

        TV result = TV.ScaleByPowerOfTwo(p, kPlusMagic, TV.Floor(k * TV.Create(0.5)));
        return TV.Select(TV.Equals(x, x), result, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log<TV>(TV x)
        where TV : struct, ISimdVector<TV>
    {
        // Subnormals are scaled by 2^52 first so the exponent field is meaningful.
        TV subnormal = TV.LessThan(x, TV.Create(SmallestNormal));
        TV xs = TV.Select(subnormal, x * TV.Create(TwoPow52), x);
        TV m = TV.Decompose(xs, out TV e);
        e = e + (subnormal & TV.Create(-52.0));

        // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: 2s·Σ z^j/(2j + 1), z = s², to j = 10
        // (next term ≤ 3e-18 relative). m − 1 is exact (Sterbenz).
        TV f = m - TV.One;
        TV s = f / (f + TV.Create(2.0));
        TV z = s * s;
        TV q = TV.Create(1.0 / 21.0);
        q = TV.Fma(q, z, TV.Create(1.0 / 19.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 17.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 15.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 13.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 11.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 9.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 7.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 5.0));
        q = TV.Fma(q, z, TV.Create(1.0 / 3.0));
        TV twoS = s + s;

        // 2s = f − f·s exactly in algebra, so log m = f − (f·s − 2s·z·q): the leading term f is exact and
        // the relative error stays at a couple of ulps even next to m = 1.
        TV logM = f - TV.Fma(-twoS, z * q, f * s);
        TV result = TV.Fma(e, TV.Create(Ln2Hi), TV.Fma(e, TV.Create(Ln2Lo), logM));

        // Special inputs: 0 → −∞, +∞ → +∞, negative or NaN → NaN.
        TV ok = TV.GreaterThan(x, TV.Zero) & TV.LessThan(x, TV.Create(double.PositiveInfinity));
        TV special = TV.Select(
            TV.Equals(x, TV.Zero),
            TV.Create(double.NegativeInfinity),
            TV.Select(TV.Equals(x, TV.Create(double.PositiveInfinity)), x, TV.Create(double.NaN)));
        return TV.Select(ok, result, special);
    }

    /// <summary>Φ(x) and φ(x) sharing one exp(−x²/2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV NormCdfAndPdf<TV>(TV x, out TV pdf)
        where TV : struct, ISimdVector<TV>
    {
        TV t = TV.MinNative(TV.Abs(x), TV.Create(NormalTailPolynomial.Clamp));
        TV g = HalfSquareExp(t);
        pdf = g * TV.Create(NormalTailPolynomial.InvSqrt2Pi);
        TV q = g * NormalTailPolynomial.ScaledTail(t);
        TV cdf = TV.Select(TV.LessThan(x, TV.Zero), q, TV.One - q);
        return TV.Select(TV.Equals(x, x), cdf, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV NormPdf<TV>(TV x)
        where TV : struct, ISimdVector<TV>
    {
        TV t = TV.MinNative(TV.Abs(x), TV.Create(NormalTailPolynomial.Clamp));
        return HalfSquareExp(t) * TV.Create(NormalTailPolynomial.InvSqrt2Pi);
    }

    /// <summary>exp(−t²/2) with the rounding of t² compensated (see <see cref="NormalDistribution"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV HalfSquareExp<TV>(TV t)
        where TV : struct, ISimdVector<TV>
    {
        TV h = t * t;
        TV l = TV.Fma(t, t, -h);
        return Exp(h * TV.Create(-0.5)) * TV.Fma(TV.Create(-0.5), l, TV.One);
    }
}
