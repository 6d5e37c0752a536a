using System.Globalization;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Collects every <see cref="ConfigIssue"/> found by a validation pass (cold path), with range helpers whose
/// messages name the setting, the accepted range and the value given.
/// </summary>
public sealed class ConfigIssues
{
    private readonly List<ConfigIssue> _issues = [];

    /// <summary>Issues in the order found.</summary>
    public IReadOnlyList<ConfigIssue> Items => _issues;

    public int Count => _issues.Count;

    public void Add(string section, int index, string setting, string message) => _issues.Add(new ConfigIssue(section, index, setting, message));

    /// <summary>Refuses a value outside [min, max] (NaN and infinities included).</summary>
    public void Range(string section, int index, string setting, double value, double min, double max)
    {
        if (!(value >= min && value <= max) || !double.IsFinite(value))
        {
            Add(section, index, setting, $"must be in [{F(min)}, {F(max)}], got {F(value)}");
        }
    }

    /// <summary>Refuses a value that is not finite and strictly positive (with an upper bound).</summary>
    public void Positive(string section, int index, string setting, double value, double max = double.MaxValue)
    {
        if (!(value > 0 && value <= max) || !double.IsFinite(value))
        {
            Add(section, index, setting, max == double.MaxValue ? $"must be a positive number, got {F(value)}" : $"must be in (0, {F(max)}], got {F(value)}");
        }
    }

    /// <summary>Refuses a duration outside [min, max].</summary>
    public void Duration(string section, int index, string setting, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            Add(section, index, setting, $"must be between {min} and {max}, got {value}");
        }
    }

    internal static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
