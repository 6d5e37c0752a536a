namespace LowLatency.Fix.Store;

/// <summary>
/// A FIX session's persistent state: the next sender and target sequence numbers, the exact bytes of
/// every sent message (to answer a ResendRequest) and the time the store was created (to decide the
/// daily reset). Owned by one session thread: not thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Store"/>, the sequence-number setters and increments are on the sending path and do not
/// allocate after warm-up. I/O failures (disk full) surface as <see cref="IOException"/>; the session
/// decides what to do. Sequence numbers start at 1.
/// </remarks>
public interface IMessageStore : IDisposable
{
    /// <summary>MsgSeqNum(34) of the next message we send.</summary>
    long NextSenderSeqNum { get; }

    /// <summary>MsgSeqNum(34) we expect on the next message we receive.</summary>
    long NextTargetSeqNum { get; }

    /// <summary>UTC nanoseconds since the Unix epoch when the store was created or last reset.</summary>
    long CreationTimeUtcNanos { get; }

    /// <summary><see cref="CreationTimeUtcNanos"/> as a <see cref="DateTime"/> (UTC, 100 ns resolution).</summary>
    DateTime CreationTimeUtc { get; }

    /// <summary>
    /// Sets the next sender sequence number. Lowering it to or below a stored message discards the
    /// stored messages from that number on: they can never be resent under numbers that will be reused.
    /// </summary>
    void SetNextSenderSeqNum(long value);

    void SetNextTargetSeqNum(long value);

    void IncrementNextSenderSeqNum();

    void IncrementNextTargetSeqNum();

    /// <summary>Keeps the exact bytes sent as <paramref name="seqNum"/> for resend; storing a number again replaces it.</summary>
    void Store(long seqNum, ReadOnlySpan<byte> message);

    /// <summary>
    /// Hands the stored messages numbered <paramref name="beginSeqNum"/>..<paramref name="endSeqNum"/>
    /// (inclusive, clamped to what is stored) to <paramref name="visitor"/> in ascending order. Numbers
    /// that were never stored (or whose bytes were lost in a crash) are skipped: the session gap-fills them.
    /// Returns how many messages the visitor saw (including one that returned false).
    /// </summary>
    int VisitRange<TVisitor>(long beginSeqNum, long endSeqNum, ref TVisitor visitor)
        where TVisitor : struct, IStoredMessageVisitor, allows ref struct;

    /// <summary>Starts afresh: messages cleared, both sequence numbers 1, new creation time.</summary>
    void Reset();

    /// <summary>Reloads the state from persistent storage (QuickFIX RefreshOnLogon); a no-op for memory.</summary>
    void Refresh();
}
