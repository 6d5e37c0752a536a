using System.Globalization;
using System.Text;

namespace LowLatency.Server.Metrics;

/// <summary>
/// Minimal writer of the Prometheus text exposition format (0.0.4): HELP/TYPE once per metric name, samples with
/// optional labels (values escaped), numbers in invariant culture, NaN/±Inf spelled as the format wants.
/// </summary>
public sealed class PrometheusWriter
{
    private readonly StringBuilder _text = new(8192);
    private readonly HashSet<string> _described = new(StringComparer.Ordinal);

    public void Gauge(string name, string? help, double value, string? label = null, string? labelValue = null) =>
        Sample(name, help, "gauge", value, label, labelValue);

    public void Counter(string name, string? help, double value, string? label = null, string? labelValue = null) =>
        Sample(name, help, "counter", value, label, labelValue);

    /// <summary>A latency summary in seconds: quantiles 0.5/0.99/0.999 plus _count, labelled with the stage.</summary>
    public void Summary(string name, string help, string stage, LatencySummary s)
    {
        Describe(name, help, "summary");
        Line(name, $"stage=\"{stage}\",quantile=\"0.5\"", s.P50 / 1e9);
        Line(name, $"stage=\"{stage}\",quantile=\"0.99\"", s.P99 / 1e9);
        Line(name, $"stage=\"{stage}\",quantile=\"0.999\"", s.P999 / 1e9);
        Line(name + "_count", $"stage=\"{stage}\"", s.Count);
    }

    public override string ToString() => _text.ToString();

    private void Sample(string name, string? help, string type, double value, string? label, string? labelValue)
    {
        Describe(name, help ?? name, type);
        Line(name, label is null ? null : $"{label}=\"{Escape(labelValue ?? "")}\"", value);
    }

    private void Describe(string name, string help, string type)
    {
        if (_described.Add(name))
        {
            _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
            _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        }
    }

    private void Line(string name, string? labels, double value)
    {
        _text.Append(name);
        if (labels is not null)
        {
            _text.Append('{').Append(labels).Append('}');
        }

        _text.Append(' ').Append(Format(value)).Append('\n');
    }

    private static string Format(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "+Inf" : double.IsNegativeInfinity(v) ? "-Inf" : v.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
