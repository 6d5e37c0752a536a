namespace LowLatency.Ring.Processing;

/// <summary>
/// The consumer logic a <see cref="BatchEventProcessor{T, THandler, TWait}"/> runs on its thread.
/// Implement it with a <c>struct</c>: the processor is generic over the handler type, so the JIT
/// specialises the loop for it and inlines <see cref="OnEvent"/> (no interface call per event).
/// </summary>
/// <remarks>
/// Every member is required on purpose: a default interface method called on a struct through a
/// constrained call boxes it, which would allocate on the hot path. Leave the ones you do not need empty.
/// The processor keeps its own copy of the handler; mutable state in the struct is the processor's
/// (reach it with <see cref="BatchEventProcessor{T, THandler, TWait}.Handler"/>), state shared with other
/// threads goes in a referenced object.
/// </remarks>
public interface IEventHandler<T>
    where T : struct
{
    /// <summary>
    /// One published event, read (or annotated for later stages) in place. <paramref name="endOfBatch"/>
    /// is true for the last event currently available: the moment to flush buffered output (the FIX
    /// writer flushes its socket here), because nothing else is waiting.
    /// </summary>
    void OnEvent(ref T e, long sequence, bool endOfBatch);

    /// <summary>Before the first event of a batch of <paramref name="batchSize"/> events.</summary>
    void OnBatchStart(long batchSize);

    /// <summary>On the processor thread before the first wait (thread-local setup, affinity checks).</summary>
    void OnStart();

    /// <summary>On the processor thread after it stopped (halt or fatal error).</summary>
    void OnShutdown();

    /// <summary>
    /// A timeout wait strategy waited its full period with no event; <paramref name="sequence"/> is the
    /// last sequence processed. Heartbeats and idle flushes go here.
    /// </summary>
    void OnTimeout(long sequence);
}
