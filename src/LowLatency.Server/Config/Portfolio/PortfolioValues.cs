using System.Globalization;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Config.Binding;

namespace LowLatency.Server.Config.Portfolio;

/// <summary>
/// The typed values of the portfolio policy file that the FIX settings reader has no parser for — numbers,
/// durations with a unit, symbol lists, exact decimal ticks and lots, UTC expiries — each refused with a
/// <c>FixConfigException</c> at the line that holds it. Ranges are not checked here: the Rebalancing
/// configuration types own them, and the loader maps their refusals back to the same lines.
/// </summary>
internal static class PortfolioValues
{
    public static double RequireDouble(this SectionReader r, string key) =>
        ParseDouble(r, key, r.RequireString(key));

    public static double OptionalDouble(this SectionReader r, string key, double defaultValue) =>
        r.OptionalString(key) is { } text ? ParseDouble(r, key, text) : defaultValue;

    /// <summary>A duration written with its unit: <c>250ms</c>, <c>5s</c>, <c>10m</c>, <c>8h</c>, <c>1d</c>.</summary>
    public static TimeSpan OptionalDuration(this SectionReader r, string key, TimeSpan defaultValue)
    {
        string? text = r.OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }

        (string unit, double scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? ("ms", 1e-3)
            : text.EndsWith('s') || text.EndsWith('S') ? ("s", 1.0)
            : text.EndsWith('m') || text.EndsWith('M') ? ("m", 60.0)
            : text.EndsWith('h') || text.EndsWith('H') ? ("h", 3_600.0)
            : text.EndsWith('d') || text.EndsWith('D') ? ("d", 86_400.0)
            : ("", 0);
        if (scale > 0 && double.TryParse(text.AsSpan(0, text.Length - unit.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value) && Math.Abs(value * scale) < TimeSpan.MaxValue.TotalSeconds)
        {
            return TimeSpan.FromTicks((long)Math.Round(value * scale * TimeSpan.TicksPerSecond));
        }

        throw r.Error(key, $"'{text}' is not a duration (a number with a unit: 250ms, 5s, 10m, 8h, 1d)");
    }

    /// <summary>A comma-separated list of symbols (spaces around commas ignored); empty entries are refused.</summary>
    public static IReadOnlyList<string> OptionalList(this SectionReader r, string key)
    {
        string? text = r.OptionalString(key);
        if (text is null)
        {
            return [];
        }

        string[] items = text.Split(',', StringSplitOptions.TrimEntries);
        foreach (string item in items)
        {
            if (item.Length == 0)
            {
                throw r.Error(key, $"'{text}' has an empty entry (write SYMBOL1,SYMBOL2)");
            }
        }

        return items;
    }

    /// <summary>A positive decimal at its natural scale (<c>0.01</c> → mantissa 1, scale 2), exact.</summary>
    public static Price RequirePrice(this SectionReader r, string key)
    {
        string text = r.RequireString(key);
        return Price.TryParse(Encoding.ASCII.GetBytes(text), out Price value) ? value : throw r.Error(key, $"'{text}' is not a decimal price (e.g. 0.01)");
    }

    public static Quantity RequireQuantity(this SectionReader r, string key)
    {
        string text = r.RequireString(key);
        return Quantity.TryParse(Encoding.ASCII.GetBytes(text), out Quantity value) ? value : throw r.Error(key, $"'{text}' is not a decimal quantity (e.g. 0.001)");
    }

    /// <summary>A UTC instant in ISO 8601 with an explicit zone (<c>2026-12-25T08:00:00Z</c>).</summary>
    public static DateTime? OptionalUtc(this SectionReader r, string key)
    {
        string? text = r.OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if ((text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime utc))
        {
            return DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        }

        throw r.Error(key, $"'{text}' is not a UTC time in ISO 8601 with its zone (e.g. 2026-12-25T08:00:00Z)");
    }

    private static double ParseDouble(SectionReader r, string key, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw r.Error(key, $"'{text}' is not a number");
}
