namespace LowLatency.LoadTest.Reporting;

/// <summary>A threshold applied to one step: the observed value (−1 when the channel recorded nothing) and whether it passed (null: no data).</summary>
public sealed record Verdict(Threshold Threshold, long ObservedNs, bool? Passed)
{
    public static Verdict Judge(Threshold threshold, IReadOnlyList<LatencyChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(channels);
        foreach (LatencyChannel c in channels)
        {
            if (string.Equals(c.Name, threshold.Channel, StringComparison.Ordinal))
            {
                long observed = c.Stats.Count == 0 ? -1 : c.Stats.At(threshold.Percentile);
                return new Verdict(threshold, observed, observed < 0 ? null : observed <= threshold.LimitNs);
            }
        }

        return new Verdict(threshold, -1, null);
    }
}
