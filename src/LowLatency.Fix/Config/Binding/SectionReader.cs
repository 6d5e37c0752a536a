using System.Globalization;
using System.Net;
using LowLatency.Fix.Config.Ini;

namespace LowLatency.Fix.Config.Binding;

/// <summary>
/// Typed, validated reads from one INI section with QuickFIX <c>[DEFAULT]</c> fallback. Every read
/// marks the key as known to the owning <see cref="ConfigBinder"/>, so keys nobody reads are reported
/// as unknown; every bad value becomes a <see cref="FixConfigException"/> at the line that holds it.
/// </summary>
/// <remarks>
/// An empty value (<c>SenderSubID=</c>) counts as absent, which lets a section clear a default.
/// </remarks>
public sealed class SectionReader
{
    private readonly ConfigBinder _binder;

    internal SectionReader(ConfigBinder binder, IniSection section, IniSection? defaults)
    {
        _binder = binder;
        Section = section;
        Defaults = defaults;
    }

    /// <summary>The section being read.</summary>
    public IniSection Section { get; }

    /// <summary>The fallback section (<c>[DEFAULT]</c>), if any.</summary>
    public IniSection? Defaults { get; }

    /// <summary>The entry that supplies <paramref name="key"/> (own before default), consuming it; null if absent or empty.</summary>
    public IniEntry? Find(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Section.TryGet(key, out IniEntry? own);
        IniEntry? inherited = null;
        Defaults?.TryGet(key, out inherited);
        _binder.MarkConsumed(Section, key, own);
        if (Defaults is not null)
        {
            // An overridden default is still a known key, so it must not be reported as unknown.
            _binder.MarkConsumed(Defaults, key, inherited);
        }

        IniEntry? entry = own ?? inherited;
        return entry is null || entry.Value.Length == 0 ? null : entry;
    }

    public string RequireString(string key) => Require(key).Value;

    public string? OptionalString(string key) => Find(key)?.Value;

    public int RequireInt(string key, int min, int max) => ParseInt(Require(key), min, max);

    public int? OptionalInt(string key, int min, int max) => Find(key) is { } entry ? ParseInt(entry, min, max) : null;

    public int OptionalInt(string key, int defaultValue, int min, int max) => OptionalInt(key, min, max) ?? defaultValue;

    /// <summary>A TCP port, 1..65535.</summary>
    public int? OptionalPort(string key) => OptionalInt(key, 1, ushort.MaxValue);

    /// <summary>QuickFIX booleans are <c>Y</c> or <c>N</c> (either case).</summary>
    public bool OptionalBool(string key, bool defaultValue)
    {
        IniEntry? entry = Find(key);
        if (entry is null)
        {
            return defaultValue;
        }

        if (entry.Value.Equals("Y", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (entry.Value.Equals("N", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw ErrorAt(entry, $"'{entry.Value}' is not Y or N");
    }

    /// <summary>A time of day written <c>HH:MM:SS</c> (24-hour), as QuickFIX's StartTime/EndTime.</summary>
    public TimeOnly? OptionalTime(string key)
    {
        IniEntry? entry = Find(key);
        if (entry is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(entry.Value, "HH':'mm':'ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly time))
        {
            return time;
        }

        throw ErrorAt(entry, $"'{entry.Value}' is not a time of day HH:MM:SS");
    }

    /// <summary>A day of the week: an English name or any prefix of at least two letters (<c>mo</c>, <c>Mon</c>, <c>monday</c>).</summary>
    public DayOfWeek? OptionalDayOfWeek(string key)
    {
        IniEntry? entry = Find(key);
        if (entry is null)
        {
            return null;
        }

        if (entry.Value.Length >= 2)
        {
            for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
            {
                if (day.ToString().StartsWith(entry.Value, StringComparison.OrdinalIgnoreCase))
                {
                    return day; // two letters already identify a day uniquely (su mo tu we th fr sa)
                }
            }
        }

        throw ErrorAt(entry, $"'{entry.Value}' is not a day of the week (e.g. Sunday, Sun, su)");
    }

    public TEnum RequireEnum<TEnum>(string key)
        where TEnum : struct, Enum => ParseEnum<TEnum>(Require(key));

    public TEnum OptionalEnum<TEnum>(string key, TEnum defaultValue)
        where TEnum : struct, Enum => Find(key) is { } entry ? ParseEnum<TEnum>(entry) : defaultValue;

    /// <summary>A time zone by IANA id (<c>America/New_York</c>) or <c>UTC</c>, resolved through <see cref="TimeZoneInfo"/>.</summary>
    public TimeZoneInfo OptionalTimeZone(string key, TimeZoneInfo defaultValue)
    {
        IniEntry? entry = Find(key);
        if (entry is null)
        {
            return defaultValue;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(entry.Value);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw ErrorAt(entry, $"'{entry.Value}' is not a known time zone (use an IANA id such as UTC or Europe/London)");
        }
    }

    public IPAddress? OptionalIPAddress(string key)
    {
        IniEntry? entry = Find(key);
        if (entry is null)
        {
            return null;
        }

        return IPAddress.TryParse(entry.Value, out IPAddress? address)
            ? address
            : throw ErrorAt(entry, $"'{entry.Value}' is not an IP address");
    }

    /// <summary>An error located at the line that supplies <paramref name="key"/>, or at the section header when the key is absent.</summary>
    public FixConfigException Error(string key, string detail)
    {
        Section.TryGet(key, out IniEntry? own);
        IniEntry? inherited = null;
        Defaults?.TryGet(key, out inherited);
        IniEntry? entry = own ?? inherited;
        return entry is null ? new FixConfigException(Section.Path, Section.Line, key, detail) : ErrorAt(entry, detail);
    }

    /// <summary>An error about the section as a whole, located at its header.</summary>
    public FixConfigException Error(string detail) => new(Section.Path, Section.Line, null, $"[{Section.Name}]: {detail}");

    /// <summary>"file:line" of the section header, for messages that point at another place.</summary>
    public string Location => $"{Section.Path}:{Section.Line}";

    private IniEntry Require(string key) =>
        Find(key) ?? throw new FixConfigException(Section.Path, Section.Line, key, $"required key missing in [{Section.Name}]");

    private FixConfigException ErrorAt(IniEntry entry, string detail)
    {
        bool inherited = !Section.TryGet(entry.Key, out IniEntry? own) || !ReferenceEquals(own, entry);
        string suffix = inherited ? $" (inherited by [{Section.Name}] at line {Section.Line})" : string.Empty;
        return new FixConfigException(entry.Path, entry.Line, entry.Key, detail + suffix);
    }

    private int ParseInt(IniEntry entry, int min, int max)
    {
        if (int.TryParse(entry.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) &&
            value >= min && value <= max)
        {
            return value;
        }

        string expected = (min, max) switch
        {
            (1, int.MaxValue) => "a positive integer",
            (0, int.MaxValue) => "a non-negative integer",
            (1, ushort.MaxValue) => "a TCP port (1..65535)",
            _ => $"an integer in {min}..{max}",
        };
        throw ErrorAt(entry, $"'{entry.Value}' is not {expected}");
    }

    private TEnum ParseEnum<TEnum>(IniEntry entry)
        where TEnum : struct, Enum
    {
        foreach (TEnum candidate in Enum.GetValues<TEnum>())
        {
            // Names only: Enum.TryParse would also accept "1" or "A,B", which no user means.
            if (string.Equals(candidate.ToString(), entry.Value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw ErrorAt(entry, $"'{entry.Value}' is not one of {string.Join("|", Enum.GetNames<TEnum>())}");
    }
}
