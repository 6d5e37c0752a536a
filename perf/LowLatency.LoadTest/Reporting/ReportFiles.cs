using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HdrHistogram;

namespace LowLatency.LoadTest.Reporting;

/// <summary>
/// Writes a report under a directory: <c>summary.json</c> (everything), <c>summary.csv</c> (a row per step and latency
/// channel), <c>latency.hlog</c> (every recorded histogram, tagged <c>step/channel</c>, readable by HdrHistogram's
/// log tools) and a percentile distribution <c>&lt;step&gt;.&lt;channel&gt;.hgrm</c> per recorded histogram (plottable).
/// </summary>
public static class ReportFiles
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals }; // a mean of no values is NaN

    /// <summary>Writes the files; returns their paths.</summary>
    public static IReadOnlyList<string> Write(LoadReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        string json = Path.Combine(directory, "summary.json");
        File.WriteAllText(json, JsonSerializer.Serialize(ToDocument(report), Json));
        written.Add(json);

        string csv = Path.Combine(directory, "summary.csv");
        var sb = new StringBuilder("step,kind,seconds,offered_rate,achieved_rate,sent,dropped,back_pressured,orders,fills,rejects,risk_refusals,kill_switches,gc0,gc1,gc2,allocated_bytes,heap_bytes,channel,count,p50_ns,p90_ns,p99_ns,p999_ns,p9999_ns,max_ns,passed\n");
        foreach (StepResult s in report.Steps)
        {
            foreach (LatencyChannel ch in s.Channels)
            {
                LatencyStats l = ch.Stats;
                StepCounters c = s.Counters;
                sb.Append(CultureInfo.InvariantCulture,
                    $"{s.Step.Name},{s.Step.Kind},{s.Seconds:F3},{s.OfferedRate:F1},{s.AchievedRate:F1},{s.Generator.Sent},{s.Generator.Dropped},{c.BackPressured},{c.Orders},{c.Fills},{c.Rejects},{c.RiskRefusals},{c.KillSwitches},{s.Gc.Gen0},{s.Gc.Gen1},{s.Gc.Gen2},{s.Gc.AllocatedBytes},{s.Gc.HeapBytes},");
                sb.Append(CultureInfo.InvariantCulture, $"{ch.Name},{l.Count},{l.P50},{l.P90},{l.P99},{l.P999},{l.P9999},{l.Max},{s.Passed}\n");
            }
        }

        File.WriteAllText(csv, sb.ToString());
        written.Add(csv);

        string hlog = Path.Combine(directory, "latency.hlog");
        var histograms = new List<HistogramBase>();
        foreach (StepResult s in report.Steps)
        {
            foreach (LatencyChannel ch in s.Channels)
            {
                if (ch.Histogram is { } h)
                {
                    h.Tag = $"{s.Step.Name}/{ch.Name}";
                    h.StartTimeStamp = s.StartedUtc.ToUnixTimeMilliseconds();
                    h.EndTimeStamp = h.StartTimeStamp + (long)(s.Seconds * 1000);
                    histograms.Add(h);
                    string hgrm = Path.Combine(directory, $"{s.Step.Name}.{ch.Name}.hgrm");
                    using var text = new StreamWriter(hgrm);
                    h.OutputPercentileDistribution(text, 5, 1000.0); // values in µs, as HdrHistogram's plotter expects
                    written.Add(hgrm);
                }
            }
        }

        var buffer = new MemoryStream();
        using (var log = new HistogramLogWriter(buffer))
        {
            log.Write(report.Steps.Count > 0 ? report.Steps[0].StartedUtc.UtcDateTime : DateTime.UtcNow, [.. histograms]);
        }

        // HdrHistogram.NET writes UTF-16; the log tools (HistogramLogProcessor, the plotters) read ASCII
        File.WriteAllText(hlog, Encoding.Unicode.GetString(buffer.ToArray()).TrimStart('\uFEFF'), new UTF8Encoding(false));

        written.Add(hlog);
        return written;
    }

    private static object ToDocument(LoadReport r) => new
    {
        scenario = r.Scenario,
        settings = r.Settings,
        machineBefore = r.MachineBefore,
        machineAfter = r.MachineAfter,
        passed = r.Passed,
        thresholds = r.Thresholds.Select(t => new { channel = t.Channel, percentile = t.Percentile, limitNs = t.LimitNs }).ToArray(),
        steps = r.Steps.Select(s => new
        {
            name = s.Step.Name,
            kind = s.Step.Kind.ToString(),
            durationSeconds = s.Step.Duration.TotalSeconds,
            seconds = s.Seconds,
            offeredRate = s.OfferedRate,
            achievedRate = s.AchievedRate,
            offered = s.Generator.Offered,
            sent = s.Generator.Sent,
            dropped = s.Generator.Dropped,
            counters = s.Counters,
            ordersPerSecond = s.OrdersPerSecond,
            gc = s.Gc,
            latency = s.Channels.Select(c => new { name = c.Name, description = c.Description, stats = c.Stats }).ToArray(),
            verdicts = s.Verdicts.Select(v => new { threshold = v.Threshold.ToString(), observedNs = v.ObservedNs, passed = v.Passed }).ToArray(),
            passed = s.Passed,
        }).ToArray(),
    };
}
