namespace LowLatency.Ring.Sequencers;

/// <summary>
/// Claims slots for producers and publishes them to consumers, never letting a producer overwrite a slot
/// the slowest gating consumer has not finished. <see cref="RingBuffer{T}"/> forwards to one of the two
/// sealed implementations with a predictable branch, so this interface is for tools and tests, not the hot path.
/// </summary>
public interface ISequencer
{
    /// <summary>Number of slots (a power of two).</summary>
    int BufferSize { get; }

    /// <summary>
    /// The cursor: highest published sequence (single producer) or highest claimed sequence (multi
    /// producer, where <see cref="IsAvailable"/> says what is published).
    /// </summary>
    long Cursor { get; }

    /// <summary>Claims the next slot, waiting while the ring is full; returns its sequence.</summary>
    long Next();

    /// <summary>Claims <paramref name="n"/> consecutive slots (1..BufferSize); returns the highest sequence.</summary>
    long Next(int n);

    /// <summary>Claims the next slot if there is room now; false (nothing claimed) when the ring is full.</summary>
    bool TryNext(out long sequence);

    /// <summary>Claims <paramref name="n"/> slots if there is room for all of them now; returns the highest.</summary>
    bool TryNext(int n, out long sequence);

    /// <summary>Makes a claimed slot visible to consumers.</summary>
    void Publish(long sequence);

    /// <summary>Makes the claimed range <paramref name="lo"/>..<paramref name="hi"/> (inclusive) visible.</summary>
    void Publish(long lo, long hi);

    /// <summary>True when <paramref name="sequence"/> has been published and not yet overwritten.</summary>
    bool IsAvailable(long sequence);

    /// <summary>
    /// Highest sequence in <paramref name="lo"/>..<paramref name="available"/> such that every sequence up to
    /// it is published (multi producer: claims can be published out of order); <c>lo - 1</c> if none.
    /// </summary>
    long GetHighestPublishedSequence(long lo, long available);

    /// <summary>Free slots: buffer size minus (claimed - slowest gating sequence).</summary>
    long RemainingCapacity();

    /// <summary>
    /// Adds consumer sequences the producer must not overtake. Each is first set to the current cursor, so a
    /// consumer added late starts at the present instead of holding producers back for events it never saw.
    /// Add them before publishing starts (or on the producer thread between publishes): a claim already in
    /// flight was sized against the old set.
    /// </summary>
    void AddGatingSequences(params Sequence[] sequences);

    /// <summary>Stops gating on <paramref name="sequence"/>; false if it was not gating.</summary>
    bool RemoveGatingSequence(Sequence sequence);

    /// <summary>Slowest gating sequence, or the cursor when there is none.</summary>
    long GetMinimumGatingSequence();
}
