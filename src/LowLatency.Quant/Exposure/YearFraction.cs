namespace LowLatency.Quant.Exposure;

/// <summary>
/// The book's time convention: UTC nanoseconds since the Unix epoch to years, ACT/365 (a year is 365 days
/// of 86 400 s). A double of years since 1970 resolves better than a microsecond, ample for expiries.
/// </summary>
public static class YearFraction
{
    /// <summary>Nanoseconds in one ACT/365 year.</summary>
    public const double NanosecondsPerYear = 365.0 * 86_400.0 * 1e9;

    /// <summary>UTC nanoseconds since the epoch as years since the epoch.</summary>
    public static double FromUnixNanoseconds(long utcNanoseconds) => utcNanoseconds / NanosecondsPerYear;

    /// <summary>A UTC <see cref="DateTime"/> as nanoseconds since the Unix epoch.</summary>
    public static long ToUnixNanoseconds(DateTime utc) => (utc.ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) * 100;
}
