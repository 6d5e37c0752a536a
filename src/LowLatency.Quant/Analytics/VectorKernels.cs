using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LowLatency.Quant.Analytics;

/// <summary>
/// The few dense kernels the analytics spend their time in, SIMD over <see cref="Vector{T}"/> with a scalar
/// tail. Spans in, results out; callers guarantee equal lengths where stated.
/// </summary>
internal static class VectorKernels
{
    /// <summary>Σ a[i]·b[i] over the shorter length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int len = Math.Min(a.Length, b.Length);
        int i = 0;
        double sum = 0.0;
        if (Vector.IsHardwareAccelerated && len >= 2 * Vector<double>.Count)
        {
            var av = MemoryMarshal.Cast<double, Vector<double>>(a.Slice(0, len));
            var bv = MemoryMarshal.Cast<double, Vector<double>>(b.Slice(0, len));
            var acc0 = Vector<double>.Zero;
            var acc1 = Vector<double>.Zero;
            int k = 0;

            // Two accumulators hide the FMA latency behind a second dependency chain.
            for (; k + 1 < av.Length && k + 1 < bv.Length; k += 2)
            {
                acc0 += av[k] * bv[k];
                acc1 += av[k + 1] * bv[k + 1];
            }

            if (k < av.Length && k < bv.Length)
            {
                acc0 += av[k] * bv[k];
                k++;
            }

            sum = Vector.Sum(acc0 + acc1);
            i = k * Vector<double>.Count;
        }

        for (; i < len; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>
    /// Four dot products of one row against four vectors at once (row · z0..z3, over row.Length): each row
    /// element is loaded once for four FMAs, which roughly halves the memory traffic of a plain dot per
    /// vector — the inner kernel of r = L·z for a block of Monte Carlo draws.
    /// </summary>
    public static void Dot4(ReadOnlySpan<double> row, ReadOnlySpan<double> z0, ReadOnlySpan<double> z1, ReadOnlySpan<double> z2, ReadOnlySpan<double> z3, out double r0, out double r1, out double r2, out double r3)
    {
        int len = row.Length;
        if (z0.Length < len || z1.Length < len || z2.Length < len || z3.Length < len)
        {
            Core.ThrowHelper.ThrowArgument(nameof(row), "every vector must be at least as long as the row");
        }

        int i = 0;
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        if (Vector.IsHardwareAccelerated && len >= Vector<double>.Count)
        {
            var rv = MemoryMarshal.Cast<double, Vector<double>>(row);
            var v0 = MemoryMarshal.Cast<double, Vector<double>>(z0.Slice(0, len));
            var v1 = MemoryMarshal.Cast<double, Vector<double>>(z1.Slice(0, len));
            var v2 = MemoryMarshal.Cast<double, Vector<double>>(z2.Slice(0, len));
            var v3 = MemoryMarshal.Cast<double, Vector<double>>(z3.Slice(0, len));
            var a0 = Vector<double>.Zero;
            var a1 = Vector<double>.Zero;
            var a2 = Vector<double>.Zero;
            var a3 = Vector<double>.Zero;
            int n = Math.Min(rv.Length, Math.Min(Math.Min(v0.Length, v1.Length), Math.Min(v2.Length, v3.Length)));
            for (int k = 0; k < n; k++)
            {
                var x = rv[k];
                a0 += x * v0[k];
                a1 += x * v1[k];
                a2 += x * v2[k];
                a3 += x * v3[k];
            }

            s0 = Vector.Sum(a0);
            s1 = Vector.Sum(a1);
            s2 = Vector.Sum(a2);
            s3 = Vector.Sum(a3);
            i = n * Vector<double>.Count;
        }

        for (; i < len; i++)
        {
            double x = row[i];
            s0 += x * z0[i];
            s1 += x * z1[i];
            s2 += x * z2[i];
            s3 += x * z3[i];
        }

        r0 = s0;
        r1 = s1;
        r2 = s2;
        r3 = s3;
    }

    /// <summary>sw += d·row and returns w·sw, fused so the row, sw and w stream through the core once.</summary>
    public static double AxpyDot(double d, ReadOnlySpan<double> row, Span<double> sw, ReadOnlySpan<double> w)
    {
        int len = Math.Min(sw.Length, Math.Min(row.Length, w.Length));
        int i = 0;
        double dot = 0.0;
        if (Vector.IsHardwareAccelerated && len >= Vector<double>.Count)
        {
            var rowV = MemoryMarshal.Cast<double, Vector<double>>(row.Slice(0, len));
            var swV = MemoryMarshal.Cast<double, Vector<double>>(sw.Slice(0, len));
            var wV = MemoryMarshal.Cast<double, Vector<double>>(w.Slice(0, len));
            var dv = new Vector<double>(d);
            var acc = Vector<double>.Zero;
            int count = Math.Min(swV.Length, Math.Min(rowV.Length, wV.Length));
            for (int k = 0; k < count; k++)
            {
                var s = swV[k] + (dv * rowV[k]);
                swV[k] = s;
                acc += wV[k] * s;
            }

            dot = Vector.Sum(acc);
            i = count * Vector<double>.Count;
        }

        for (; i < len; i++)
        {
            double s = sw[i] + (d * row[i]);
            sw[i] = s;
            dot += w[i] * s;
        }

        return dot;
    }
}
