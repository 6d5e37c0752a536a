namespace LowLatency.Ring.Processing;

/// <summary>What a processor does after its handler threw on an event.</summary>
public enum ExceptionAction
{
    /// <summary>Count the event as processed (skipped) and go on with the next one.</summary>
    Continue,

    /// <summary>
    /// Stop the processor with its sequence at the last event handled <em>before</em> the failing one,
    /// so a restart redelivers the failing event and everything after it, exactly once each.
    /// </summary>
    Halt,
}
