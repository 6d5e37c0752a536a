using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LowLatency.Quant.Numerics;

/// <summary>512 bits: <see cref="ISimdVector{TV}"/> over <see cref="Vector512{T}"/> (AVX-512F).</summary>
internal readonly struct Simd512 : ISimdVector<Simd512>
{
    public readonly Vector512<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd512(Vector512<double> v) => V = v;

    public static int Count => Vector512<double>.Count;

    public static Simd512 Zero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector512<double>.Zero);
    }

    public static Simd512 One
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector512<double>.One);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Load(ref double source, nuint index) => new(Vector512.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref double destination, nuint index) => V.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator +(Simd512 a, Simd512 b) => new(a.V + b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator -(Simd512 a, Simd512 b) => new(a.V - b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator *(Simd512 a, Simd512 b) => new(a.V * b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator /(Simd512 a, Simd512 b) => new(a.V / b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator -(Simd512 a) => new(-a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator &(Simd512 a, Simd512 b) => new(a.V & b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator |(Simd512 a, Simd512 b) => new(a.V | b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator ~(Simd512 a) => new(~a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Fma(Simd512 a, Simd512 b, Simd512 c) => new(Vector512.FusedMultiplyAdd(a.V, b.V, c.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 MinNative(Simd512 a, Simd512 b) => new(Vector512.MinNative(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 MaxNative(Simd512 a, Simd512 b) => new(Vector512.MaxNative(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Abs(Simd512 a) => new(Vector512.Abs(a.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Floor(Simd512 a) => new(Vector512.Floor(a.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Sqrt(Simd512 a) => new(Vector512.Sqrt(a.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Equals(Simd512 a, Simd512 b) => new(Vector512.Equals(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 LessThan(Simd512 a, Simd512 b) => new(Vector512.LessThan(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 GreaterThan(Simd512 a, Simd512 b) => new(Vector512.GreaterThan(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Select(Simd512 mask, Simd512 a, Simd512 b) => new(Vector512.ConditionalSelect(mask.V, a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 ZeroWhere(Simd512 mask, Simd512 a) => new(Vector512.AndNot(a.V, mask.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 ScaleByPowerOfTwo(Simd512 p, Simd512 kPlusMagic, Simd512 halfKFloor)
    {
        // Integer k from the magic-number bits (no double→int64 conversion instruction needed on AVX2).
        Vector512<long> magic = Vector512.Create(SimdMath.Magic).AsInt64();
        Vector512<long> k1 = (halfKFloor.V + Vector512.Create(SimdMath.Magic)).AsInt64() - magic;
        Vector512<long> k2 = kPlusMagic.V.AsInt64() - magic - k1;
        Vector512<double> s1 = Vector512.ShiftLeft(k1 + Vector512.Create(1023L), 52).AsDouble();
        Vector512<double> s2 = Vector512.ShiftLeft(k2 + Vector512.Create(1023L), 52).AsDouble();
        return new(p.V * s1 * s2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Decompose(Simd512 x, out Simd512 exponent)
    {
        // Subtracting the bits of √½ moves the mantissa boundary to √½; the exponent is the arithmetic
        // shift of that difference, done as a logical shift after a bias of 1024 (no 64-bit sra on AVX2).
        Vector512<long> shifted = x.V.AsInt64() - Vector512.Create(SimdMath.Sqrt1HalfBits);
        Vector512<long> e = Vector512.ShiftRightLogical(shifted + Vector512.Create(1024L << 52), 52) - Vector512.Create(1024L);
        Vector512<long> m = (shifted & Vector512.Create(0x000FFFFFFFFFFFFFL)) + Vector512.Create(SimdMath.Sqrt1HalfBits);
        exponent = new((e + Vector512.Create(SimdMath.Magic).AsInt64()).AsDouble() - Vector512.Create(SimdMath.Magic));
        return new(m.AsDouble());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Simd512 a) => Vector512.Sum(a.V);
}
