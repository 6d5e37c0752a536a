namespace LowLatency.Core.Time;

/// <summary>
/// The time source handed to state machines (sessions, timers, policies) so tests drive time with a
/// fake clock; implemented by structs so generic callers inline the call.
/// </summary>
public interface IClock
{
    /// <summary>Monotonic nanoseconds, for intervals and timeouts only.</summary>
    long MonotonicNanoseconds();

    /// <summary>UTC nanoseconds since the Unix epoch, for timestamps on the wire (FIX SendingTime).</summary>
    long UtcEpochNanoseconds();
}
