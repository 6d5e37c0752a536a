using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LowLatency.Quant.Numerics;

/// <summary>256 bits: <see cref="ISimdVector{TV}"/> over <see cref="Vector256{T}"/> (AVX2 + FMA).</summary>
internal readonly struct Simd256 : ISimdVector<Simd256>
{
    public readonly Vector256<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd256(Vector256<double> v) => V = v;

    public static int Count => Vector256<double>.Count;

    public static Simd256 Zero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector256<double>.Zero);
    }

    public static Simd256 One
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector256<double>.One);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Create(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Load(ref double source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref double destination, nuint index) => V.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator +(Simd256 a, Simd256 b) => new(a.V + b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator -(Simd256 a, Simd256 b) => new(a.V - b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator *(Simd256 a, Simd256 b) => new(a.V * b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator /(Simd256 a, Simd256 b) => new(a.V / b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator -(Simd256 a) => new(-a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator &(Simd256 a, Simd256 b) => new(a.V & b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator |(Simd256 a, Simd256 b) => new(a.V | b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator ~(Simd256 a) => new(~a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Fma(Simd256 a, Simd256 b, Simd256 c) => new(Vector256.FusedMultiplyAdd(a.V, b.V, c.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 MinNative(Simd256 a, Simd256 b) => new(Vector256.MinNative(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 MaxNative(Simd256 a, Simd256 b) => new(Vector256.MaxNative(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Abs(Simd256 a) => new(Vector256.Abs(a.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Floor(Simd256 a) => new(Vector256.Floor(a.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Sqrt(Simd256 a) => new(Vector256.Sqrt(a.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Equals(Simd256 a, Simd256 b) => new(Vector256.Equals(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 LessThan(Simd256 a, Simd256 b) => new(Vector256.LessThan(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 GreaterThan(Simd256 a, Simd256 b) => new(Vector256.GreaterThan(a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Select(Simd256 mask, Simd256 a, Simd256 b) => new(Vector256.ConditionalSelect(mask.V, a.V, b.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 ZeroWhere(Simd256 mask, Simd256 a) => new(Vector256.AndNot(a.V, mask.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 ScaleByPowerOfTwo(Simd256 p, Simd256 kPlusMagic, Simd256 halfKFloor)
    {
        // Integer k from the magic-number bits (no double→int64 conversion instruction needed on AVX2).
        Vector256<long> magic = Vector256.Create(SimdMath.Magic).AsInt64();
        Vector256<long> k1 = (halfKFloor.V + Vector256.Create(SimdMath.Magic)).AsInt64() - magic;
        Vector256<long> k2 = kPlusMagic.V.AsInt64() - magic - k1;
        Vector256<double> s1 = Vector256.ShiftLeft(k1 + Vector256.Create(1023L), 52).AsDouble();
        Vector256<double> s2 = Vector256.ShiftLeft(k2 + Vector256.Create(1023L), 52).AsDouble();
        return new(p.V * s1 * s2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Decompose(Simd256 x, out Simd256 exponent)
    {
        // Subtracting the bits of √½ moves the mantissa boundary to √½; the exponent is the arithmetic
        // shift of that difference, done as a logical shift after a bias of 1024 (no 64-bit sra on AVX2).
        Vector256<long> shifted = x.V.AsInt64() - Vector256.Create(SimdMath.Sqrt1HalfBits);
        Vector256<long> e = Vector256.ShiftRightLogical(shifted + Vector256.Create(1024L << 52), 52) - Vector256.Create(1024L);
        Vector256<long> m = (shifted & Vector256.Create(0x000FFFFFFFFFFFFFL)) + Vector256.Create(SimdMath.Sqrt1HalfBits);
        exponent = new((e + Vector256.Create(SimdMath.Magic).AsInt64()).AsDouble() - Vector256.Create(SimdMath.Magic));
        return new(m.AsDouble());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Simd256 a) => Vector256.Sum(a.V);
}
