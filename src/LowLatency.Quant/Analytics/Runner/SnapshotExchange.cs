using System.Runtime.InteropServices;
using LowLatency.Quant.Analytics.Snapshots;

namespace LowLatency.Quant.Analytics.Runner;

/// <summary>
/// Latest-wins hand-off of <see cref="RiskSnapshot"/>s from the hot path to the analytics thread: a triple
/// buffer. The producer fills <see cref="ProducerBuffer"/> and calls <see cref="Publish()"/>; the consumer
/// calls <see cref="TryTake"/> and owns the returned snapshot until its next TryTake. Wait-free for both
/// sides (one atomic exchange each), no allocation, no lock; an unread snapshot is simply replaced
/// (counted in <see cref="Overwritten"/>) — the analytics always work on the newest book.
/// One producer thread and one consumer thread.
/// </summary>
public sealed class SnapshotExchange
{
    private const int Fresh = 4;
    private const int IndexMask = 3;

    private readonly RiskSnapshot[] _buffers;
    private PaddedInt _shared;
    private int _producerIndex;
    private int _consumerIndex;
    private long _published;
    private long _overwritten;

    public SnapshotExchange(int factorCapacity, int optionCapacity)
    {
        _buffers = [new RiskSnapshot(factorCapacity, optionCapacity), new RiskSnapshot(factorCapacity, optionCapacity), new RiskSnapshot(factorCapacity, optionCapacity)];
        _producerIndex = 0;
        _shared.Value = 1;
        _consumerIndex = 2;
    }

    /// <summary>The buffer the producer fills next (only the producer may touch it until <see cref="Publish()"/>).</summary>
    public RiskSnapshot ProducerBuffer => _buffers[_producerIndex];

    /// <summary>Snapshots published so far (producer-written; read with <see cref="Volatile"/> semantics).</summary>
    public long Published => Volatile.Read(ref _published);

    /// <summary>Snapshots replaced before the consumer took them.</summary>
    public long Overwritten => Volatile.Read(ref _overwritten);

    /// <summary>Hands <see cref="ProducerBuffer"/> to the consumer and takes back a free buffer.</summary>
    public void Publish()
    {
        // Interlocked.Exchange is a full fence: every write into the buffer happens-before the consumer's
        // exchange that reads this index, so the consumer never sees a half-written snapshot.
        int previous = Interlocked.Exchange(ref _shared.Value, _producerIndex | Fresh);
        _producerIndex = previous & IndexMask;
        if ((previous & Fresh) != 0)
        {
            Volatile.Write(ref _overwritten, _overwritten + 1);
        }

        Volatile.Write(ref _published, _published + 1);
    }

    /// <summary>Copies <paramref name="source"/> into <see cref="ProducerBuffer"/> and publishes it. False if it does not fit (nothing published).</summary>
    public bool Publish(RiskSnapshot source)
    {
        if (!ProducerBuffer.CopyFrom(source))
        {
            return false;
        }

        Publish();
        return true;
    }

    /// <summary>The newest snapshot if one arrived since the last call; the consumer owns it until the next call.</summary>
    public bool TryTake(out RiskSnapshot? snapshot)
    {
        // Cheap check first so an idle consumer does not write the shared line (no cache-line ping-pong).
        if ((Volatile.Read(ref _shared.Value) & Fresh) == 0)
        {
            snapshot = null;
            return false;
        }

        int previous = Interlocked.Exchange(ref _shared.Value, _consumerIndex);
        _consumerIndex = previous & IndexMask;
        snapshot = _buffers[_consumerIndex];
        return true;
    }

    /// <summary>The shared index alone on its cache lines (128 bytes either side: adjacent-line prefetch).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct PaddedInt
    {
        [FieldOffset(128)]
        public int Value;
    }
}
