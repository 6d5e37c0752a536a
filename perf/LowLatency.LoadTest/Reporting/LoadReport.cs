using System.Globalization;

namespace LowLatency.LoadTest.Reporting;

/// <summary>
/// The result of a scenario run: its steps with their figures and verdicts, the thresholds, and the machine's state
/// (cores, load average before and after: figures from a shared box mean little without it). PASS only when no
/// judged step failed a threshold.
/// </summary>
public sealed record LoadReport
{
    public required string Scenario { get; init; }

    /// <summary>The options in force, as one line (rate, durations, wait strategies, seed).</summary>
    public required string Settings { get; init; }

    public required IReadOnlyList<StepResult> Steps { get; init; }

    public required IReadOnlyList<Threshold> Thresholds { get; init; }

    public string MachineBefore { get; init; } = "";

    public string MachineAfter { get; init; } = "";

    public bool Passed
    {
        get
        {
            foreach (StepResult s in Steps)
            {
                if (!s.Passed)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The whole report as text: a table per step group, counters, GC, verdicts.</summary>
    public void WriteText(TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine($"== {Scenario}: {Settings}");
        w.WriteLine($"   machine before: {MachineBefore}");
        WriteRateTable(w, Steps);
        WriteLatencyTable(w, Steps);
        w.WriteLine($"   machine after:  {MachineAfter}");
        w.WriteLine(Thresholds.Count == 0 ? "   thresholds: none" : $"   thresholds: {string.Join("; ", Thresholds)} (judged steps; a step without data is not judged)");
        w.WriteLine($"== {(Passed ? "PASS" : "FAIL")}");
    }

    /// <summary>One line per step: offered vs achieved rate, order flow, back-pressure, GC.</summary>
    public static void WriteRateTable(TextWriter w, IReadOnlyList<StepResult> steps)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(steps);
        w.WriteLine(Inv($"   {"step",-12} {"kind",-8} {"secs",6} {"offered/s",10} {"achieved/s",10} {"sent",9} {"dropped",7} {"backpr",7} {"orders",7} {"orders/s",8} {"fills",7} {"rejects",7} {"riskref",7} {"kills",5} {"gc0/1/2",9} {"alloc MB",8} {"heap MB",7}"));
        foreach (StepResult s in steps)
        {
            StepCounters c = s.Counters;
            w.WriteLine(Inv($"   {s.Step.Name,-12} {s.Step.Kind,-8} {s.Seconds,6:F1} {s.OfferedRate,10:F0} {s.AchievedRate,10:F0} {s.Generator.Sent,9} {s.Generator.Dropped,7} {c.BackPressured,7} {c.Orders,7} {s.OrdersPerSecond,8:F1} {c.Fills,7} {c.Rejects,7} {c.RiskRefusals,7} {c.KillSwitches,5} {$"{s.Gc.Gen0}/{s.Gc.Gen1}/{s.Gc.Gen2}",9} {s.Gc.AllocatedBytes / 1048576.0,8:F1} {s.Gc.HeapBytes / 1048576.0,7:F1}"));
            if (c.Extra.Count > 0)
            {
                w.WriteLine($"   {"",-12} {string.Join(", ", c.Extra.Select(kv => $"{kv.Key}={kv.Value}"))}");
            }
        }
    }

    /// <summary>One line per step and latency channel: count, percentiles, max, and the step's verdicts on it.</summary>
    public static void WriteLatencyTable(TextWriter w, IReadOnlyList<StepResult> steps)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(steps);
        w.WriteLine(Inv($"   {"step",-12} {"latency",-22} {"count",9} {"p50",8} {"p90",8} {"p99",8} {"p99.9",8} {"p99.99",8} {"max",8}  verdict"));
        foreach (StepResult s in steps)
        {
            foreach (LatencyChannel ch in s.Channels)
            {
                LatencyStats l = ch.Stats;
                string verdicts = string.Join(" ", s.Verdicts.Where(v => v.Threshold.Channel == ch.Name).Select(Describe));
                w.WriteLine(Inv($"   {s.Step.Name,-12} {ch.Name,-22} {l.Count,9} {Durations.Format(l.P50),8} {Durations.Format(l.P90),8} {Durations.Format(l.P99),8} {Durations.Format(l.P999),8} {Durations.Format(l.P9999),8} {Durations.Format(l.Max),8}  {verdicts}"));
            }
        }
    }

    private static string Describe(Verdict v) => v.Passed switch
    {
        true => $"PASS({Label(v.Threshold)})",
        false => $"FAIL({Label(v.Threshold)} {Durations.Format(v.ObservedNs)}>{Durations.Format(v.Threshold.LimitNs)})",
        null => $"n/a({Label(v.Threshold)})",
    };

    private static string Label(Threshold t) => t.Percentile >= 100 ? "max" : "p" + t.Percentile.ToString(CultureInfo.InvariantCulture);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
