using System.Globalization;

namespace LowLatency.LoadTest.Reporting;

/// <summary>Parses and prints durations the way the CLI takes them: <c>500ns</c>, <c>2us</c>, <c>1.5ms</c>, <c>30s</c>, <c>10m</c>.</summary>
public static class Durations
{
    /// <summary>Nanoseconds from text with a unit suffix (ns, us/µs, ms, s, m, h); a bare number is seconds.</summary>
    public static bool TryParseNs(string text, out long nanoseconds)
    {
        nanoseconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string t = text.Trim();
        (string suffix, double scale)[] units = [("ns", 1), ("us", 1e3), ("µs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9)];
        double factor = 1e9;
        foreach ((string suffix, double scale) in units)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                t = t[..^suffix.Length];
                factor = scale;
                break;
            }
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0) || value * factor > long.MaxValue / 2.0)
        {
            return false;
        }

        nanoseconds = (long)Math.Round(value * factor);
        return true;
    }

    /// <summary>Nanoseconds as a short human figure (ns up to 10 µs, then µs, ms, s); "-" for unknown (negative).</summary>
    public static string Format(long ns) => ns switch
    {
        < 0 => "-",
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{ns}ns"),
        < 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e3:0.#}us"),
        < 10_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e6:0.##}ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e9:0.#}s"),
    };
}
