using System.Numerics;
using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Metrics;

/// <summary>
/// A log-linear latency histogram with fixed buckets (exact below 16 ns, then 8 buckets per power of two: ≤ 12.5%
/// relative error), preallocated, single writer. Readers on other threads get per-bucket
/// <c>Volatile.Read</c> values (writes are <c>Volatile.Write</c>); a percentile read while samples arrive may mix
/// adjacent moments, which is fine for a dashboard.
/// </summary>
public sealed class FixedBucketHistogram : ILatencyRecorder
{
    private const int Exact = 16;
    private const int SubBuckets = 8;
    private const int BucketCount = Exact + ((63 - 4) * SubBuckets);

    private readonly long[] _counts = new long[BucketCount];
    private long _total;
    private long _max;

    public long TotalCount => Volatile.Read(ref _total);

    public long Max => Volatile.Read(ref _max);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(long nanoseconds)
    {
        long v = nanoseconds < 0 ? 0 : nanoseconds;
        ref long count = ref _counts[IndexOf(v)];
        Volatile.Write(ref count, count + 1);
        Volatile.Write(ref _total, _total + 1);
        if (v > _max)
        {
            Volatile.Write(ref _max, v);
        }
    }

    /// <summary>Upper bound (ns) of the bucket holding the <paramref name="percentile"/> (0..100) sample; 0 when empty.</summary>
    public long ValueAtPercentile(double percentile)
    {
        long total = TotalCount;
        if (total == 0)
        {
            return 0;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(total * Math.Clamp(percentile, 0, 100) / 100.0));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += Volatile.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return Math.Min(UpperBound(i), Max);
            }
        }

        return Max;
    }

    /// <summary>Clears every bucket; call from the writer thread only.</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        Volatile.Write(ref _total, 0);
        Volatile.Write(ref _max, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int IndexOf(long value)
    {
        if (value < Exact)
        {
            return (int)value;
        }

        int exponent = BitOperations.Log2((ulong)value); // ≥ 4
        int mantissa = (int)(value >> (exponent - 3)) & (SubBuckets - 1);
        return Exact + ((exponent - 4) * SubBuckets) + mantissa;
    }

    internal static long UpperBound(int index)
    {
        if (index < Exact)
        {
            return index;
        }

        int exponent = ((index - Exact) / SubBuckets) + 4;
        int mantissa = (index - Exact) % SubBuckets;
        long lower = (long)(SubBuckets + mantissa) << (exponent - 3);
        return lower + (1L << (exponent - 3)) - 1;
    }
}
