namespace LowLatency.Quant.Numerics;

/// <summary>
/// A SIMD register of doubles, abstracted so the math is written once and instantiated for 256- and
/// 512-bit vectors. Implementations are single-field wrapper structs whose members are all aggressively
/// inlined: with a struct type argument the JIT specialises the generic code and keeps the wrapper in a
/// register (checked in the disassembly: no stack traffic in the kernel loop).
/// Comparison results are lane masks (all ones / all zeros) held in the same type.
/// </summary>
internal interface ISimdVector<TV>
    where TV : struct, ISimdVector<TV>
{
    static abstract int Count { get; }

    static abstract TV Zero { get; }

    static abstract TV One { get; }

    static abstract TV Create(double value);

    static abstract TV Load(ref double source, nuint index);

    void Store(ref double destination, nuint index);

    static abstract TV operator +(TV a, TV b);

    static abstract TV operator -(TV a, TV b);

    static abstract TV operator *(TV a, TV b);

    static abstract TV operator /(TV a, TV b);

    static abstract TV operator -(TV a);

    static abstract TV operator &(TV a, TV b);

    static abstract TV operator |(TV a, TV b);

    static abstract TV operator ~(TV a);

    /// <summary>a·b + c with one rounding.</summary>
    static abstract TV Fma(TV a, TV b, TV c);

    /// <summary>Platform min (no NaN fix-up: a NaN in <paramref name="a"/> yields <paramref name="b"/>).</summary>
    static abstract TV MinNative(TV a, TV b);

    /// <summary>Platform max (no NaN fix-up: a NaN in <paramref name="a"/> yields <paramref name="b"/>).</summary>
    static abstract TV MaxNative(TV a, TV b);

    static abstract TV Abs(TV a);

    static abstract TV Floor(TV a);

    static abstract TV Sqrt(TV a);

    static abstract TV Equals(TV a, TV b);

    static abstract TV LessThan(TV a, TV b);

    static abstract TV GreaterThan(TV a, TV b);

    /// <summary>mask ? a : b, lane-wise.</summary>
    static abstract TV Select(TV mask, TV a, TV b);

    /// <summary>a where mask is clear, 0 where it is set.</summary>
    static abstract TV ZeroWhere(TV mask, TV a);

    /// <summary>
    /// p·2^k for integer-valued k (|k| ≤ 1076) given as <paramref name="kPlusMagic"/> = k + 1.5·2^52, scaled as
    /// 2^⌊k/2⌋·2^(k−⌊k/2⌋) so subnormal and overflowing results round once.
    /// </summary>
    static abstract TV ScaleByPowerOfTwo(TV p, TV kPlusMagic, TV halfKFloor);

    /// <summary>
    /// For positive normal x: the exponent e (as a double) and mantissa m ∈ [√½, √2) with x = m·2^e.
    /// </summary>
    static abstract TV Decompose(TV x, out TV exponent);

    /// <summary>Sum of the lanes.</summary>
    static abstract double Sum(TV a);
}
