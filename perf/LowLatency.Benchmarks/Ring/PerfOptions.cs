using System.Globalization;

namespace LowLatency.Benchmarks.Ring;

/// <summary>Tiny argument reader for the ring perf commands (<c>--quick</c>, <c>--name value</c>).</summary>
internal static class PerfOptions
{
    public static bool Has(string[] args, string flag) => Array.IndexOf(args, flag) >= 0;

    public static long Get(string[] args, string name, long fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) && v > 0
            ? v
            : fallback;
    }

    public static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static (double Min, double Median, double Max) Summary(List<double> values) =>
        (values.Min(), Median(values), values.Max());
}
