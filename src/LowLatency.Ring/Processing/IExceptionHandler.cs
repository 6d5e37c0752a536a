namespace LowLatency.Ring.Processing;

/// <summary>
/// The per-processor exception policy: an exception from a handler never escapes the processor thread;
/// this decides whether the event is skipped or the processor halts. Called only on the failure path,
/// so an interface call is fine here.
/// </summary>
public interface IExceptionHandler<T>
    where T : struct
{
    /// <summary>The handler threw on the event at <paramref name="sequence"/>; decide what happens next.</summary>
    ExceptionAction OnEventException(Exception exception, long sequence, ref T e);

    /// <summary>The handler's OnStart threw (the processor runs anyway).</summary>
    void OnStartException(Exception exception);

    /// <summary>
    /// The handler's OnShutdown threw (the processor still stops), or the loop itself failed outside any
    /// handler callback (the processor stops with <see cref="IEventProcessor.Fault"/> set).
    /// </summary>
    void OnShutdownException(Exception exception);

    /// <summary>The handler's OnTimeout threw (the processor keeps waiting); <paramref name="sequence"/> is its position.</summary>
    void OnTimeoutException(Exception exception, long sequence);
}
