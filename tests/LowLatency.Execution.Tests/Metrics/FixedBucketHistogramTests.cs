using LowLatency.Execution.Metrics;

namespace LowLatency.Execution.Tests.Metrics;

public class FixedBucketHistogramTests
{
    [Fact]
    public void EveryValueFallsInABucketAtMostOneEighthWide()
    {
        var random = new Random(3);
        for (int i = 0; i < 100_000; i++)
        {
            long value = i < 64 ? i : (long)Math.Exp(random.NextDouble() * 40);
            int index = FixedBucketHistogram.IndexOf(value);
            long upper = FixedBucketHistogram.UpperBound(index);
            long lower = index == 0 ? 0 : FixedBucketHistogram.UpperBound(index - 1) + 1;
            Assert.InRange(value, lower, upper);
            Assert.True(upper - lower <= Math.Max(0, value / 8), $"bucket [{lower}, {upper}] too wide for {value}");
        }

        Assert.InRange(FixedBucketHistogram.IndexOf(long.MaxValue), 0, 487);
    }

    [Fact]
    public void PercentilesAreWithinTheBucketResolution()
    {
        var histogram = new FixedBucketHistogram();
        for (int v = 1; v <= 10_000; v++)
        {
            histogram.Record(v);
        }

        histogram.Record(-5); // clock skew counts as zero, never throws
        Assert.Equal(10_001, histogram.TotalCount);
        Assert.InRange(histogram.ValueAtPercentile(50), 5_000, 5_000 * 9 / 8);
        Assert.InRange(histogram.ValueAtPercentile(99), 9_900, 10_000);
        Assert.Equal(10_000, histogram.ValueAtPercentile(100));
        Assert.Equal(10_000, histogram.Max);
        histogram.Reset();
        Assert.Equal(0, histogram.ValueAtPercentile(50));
    }
}
