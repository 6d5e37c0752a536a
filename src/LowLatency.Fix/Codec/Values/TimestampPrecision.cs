namespace LowLatency.Fix.Codec.Values;

/// <summary>Sub-second digits written in UTCTimestamp fields (FIX 4.4 specifies milliseconds; many venues accept more).</summary>
public enum TimestampPrecision : byte
{
    Seconds = 0,
    Milliseconds = 3,
    Microseconds = 6,
    Nanoseconds = 9,
}
