using System.Globalization;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;

namespace LowLatency.Venue.Config;

/// <summary>
/// Typed reads the venue sections need beyond <see cref="SectionReader"/>'s: decimals, fixed-point prices and
/// quantities, durations with a unit, correlation lists. Every bad value is a <see cref="FixConfigException"/> at
/// the line that holds it. Start-up path: clarity over speed.
/// </summary>
internal static class VenueIniReader
{
    public static double Double(SectionReader r, string key, double defaultValue)
    {
        IniEntry? entry = r.Find(key);
        if (entry is null)
        {
            return defaultValue;
        }

        return double.TryParse(entry.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw r.Error(key, $"'{entry.Value}' is not a number (use '.' for decimals)");
    }

    public static long Long(SectionReader r, string key, long defaultValue, long min, long max)
    {
        IniEntry? entry = r.Find(key);
        if (entry is null)
        {
            return defaultValue;
        }

        return long.TryParse(entry.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) && value >= min && value <= max
            ? value
            : throw r.Error(key, $"'{entry.Value}' is not an integer in {min}..{max}");
    }

    public static Price RequirePrice(SectionReader r, string key)
    {
        string text = r.RequireString(key);
        return Price.TryParse(Encoding.ASCII.GetBytes(text), out Price value)
            ? value
            : throw r.Error(key, $"'{text}' is not a decimal number");
    }

    public static Quantity RequireQuantity(SectionReader r, string key)
    {
        string text = r.RequireString(key);
        return Quantity.TryParse(Encoding.ASCII.GetBytes(text), out Quantity value)
            ? value
            : throw r.Error(key, $"'{text}' is not a decimal number");
    }

    /// <summary>A duration with its unit: <c>250us</c>, <c>5ms</c>, <c>2s</c>, <c>10m</c>, <c>8h</c>, <c>1d</c> (or a bare <c>0</c>).</summary>
    public static TimeSpan Duration(SectionReader r, string key, TimeSpan defaultValue)
    {
        IniEntry? entry = r.Find(key);
        if (entry is null)
        {
            return defaultValue;
        }

        return TryParseDuration(entry.Value, out TimeSpan value)
            ? value
            : throw r.Error(key, $"'{entry.Value}' is not a duration with a unit (250us, 5ms, 2s, 10m, 8h, 1d)");
    }

    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        if (text == "0")
        {
            return true;
        }

        (string Suffix, double Ticks)[] units = [("us", 10), ("ms", TimeSpan.TicksPerMillisecond), ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour), ("d", TimeSpan.TicksPerDay)];
        foreach ((string suffix, double ticks) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && !(suffix == "s" && (text.EndsWith("ms", StringComparison.Ordinal) || text.EndsWith("us", StringComparison.Ordinal))))
            {
                string number = text[..^suffix.Length];
                if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double amount) && double.IsFinite(amount) && amount >= 0 && amount * ticks < TimeSpan.MaxValue.Ticks)
                {
                    value = TimeSpan.FromTicks((long)Math.Round(amount * ticks));
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary><c>BTC ETH 0.8, BTC SOL 0.6</c>: comma-separated pairs of symbols with their correlation.</summary>
    public static List<CorrelationConfig> Correlations(SectionReader r, string key)
    {
        var result = new List<CorrelationConfig>();
        IniEntry? entry = r.Find(key);
        if (entry is null)
        {
            return result;
        }

        foreach (string item in entry.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double rho) || !double.IsFinite(rho) || rho is < -1 or > 1)
            {
                throw r.Error(key, $"'{item}' is not 'SYMBOL SYMBOL RHO' with RHO in [-1, 1] (pairs separated by commas)");
            }

            result.Add(new CorrelationConfig(parts[0], parts[1], rho));
        }

        return result;
    }

    /// <summary>Refuses a key that has no meaning in this section's situation (e.g. a follower's own volatility).</summary>
    public static void Forbid(SectionReader r, string key, string why)
    {
        if (r.Find(key) is not null)
        {
            throw r.Error(key, why);
        }
    }
}
