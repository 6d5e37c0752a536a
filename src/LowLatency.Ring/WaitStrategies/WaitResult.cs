namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// Sentinel results of a wait, chosen below every real sequence (which start at -1), so the hot path
/// needs a single comparison (<c>available &gt;= next</c>) and halting needs no exception.
/// </summary>
public static class WaitResult
{
    /// <summary>The barrier was alerted (the processor is being halted).</summary>
    public const long Alerted = long.MinValue;

    /// <summary>A timeout strategy waited its full period without the sequence becoming available.</summary>
    public const long Timeout = long.MinValue + 1;

    /// <summary>True for <see cref="Alerted"/> and <see cref="Timeout"/>.</summary>
    public static bool IsSentinel(long result) => result <= Timeout;
}
