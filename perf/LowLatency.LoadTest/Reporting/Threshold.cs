using System.Globalization;

namespace LowLatency.LoadTest.Reporting;

/// <summary>A latency budget: the channel's value at a percentile must not exceed <see cref="LimitNs"/> in any judged step.</summary>
public sealed record Threshold(string Channel, double Percentile, long LimitNs)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Channel} {(Percentile >= 100 ? "max" : "p" + Percentile.ToString(CultureInfo.InvariantCulture))} <= {Durations.Format(LimitNs)}");
}
