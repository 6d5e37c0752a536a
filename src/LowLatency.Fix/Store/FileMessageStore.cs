using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Core.Time;
using Microsoft.Win32.SafeHandles;

namespace LowLatency.Fix.Store;

/// <summary>
/// The message store that survives a process restart, as four files named after the session
/// (QuickFIX's layout, our index): <c>PREFIX.body</c> holds the sent messages back to back (raw FIX,
/// greppable); <c>PREFIX.index</c> one 24-byte slot per sequence number (see <see cref="IndexSlot"/>);
/// <c>PREFIX.seqnums</c> the next sender and target numbers as fixed-width text rewritten in place
/// (<c>00000000000000000042 : 00000000000000000017</c>, editable by an operator while stopped);
/// <c>PREFIX.session</c> the creation time.
/// </summary>
/// <remarks>
/// Invariants:
/// <list type="bullet">
/// <item>The body is append-only; a message is written to the body before its index slot, so a slot
/// never points at bytes that were not written before it. Each slot carries a hash of its bytes;
/// a slot that does not match (torn tail, power cut) is treated as "not stored" and gap-filled.</item>
/// <item>The next sender number is always above every stored number: opening repairs a crash between
/// <see cref="Store"/> and <see cref="IncrementNextSenderSeqNum"/>, and lowering it discards later slots.</item>
/// <item>Hot calls do not allocate or lock: a stored message is two positional writes (<see cref="RandomAccess"/>,
/// pwrite) from stack buffers; a sequence-number change is one 8-byte store into the mapped seqnums file.</item>
/// <item>The body file is opened exclusively, so a second process (or store) on the same files fails
/// at open with <see cref="FixStoreException"/> instead of corrupting them.</item>
/// <item>Single owner thread. Only the <see cref="FsyncPolicy.Interval"/> timer runs elsewhere; it and the
/// rare calls that replace file handles (<see cref="Reset"/>, <see cref="Refresh"/>, <see cref="Dispose"/>)
/// take <c>_handleLock</c>, hot calls do not.</item>
/// </list>
/// </remarks>
public sealed partial class FileMessageStore : IMessageStore
{
    private const int SlotChunk = 170;    // slots per index read during a resend (~4 KiB)

    private readonly FileMessageStoreOptions _options;
    private readonly IClock _clock;
    private readonly object _handleLock = new();
    private readonly byte[] _slotChunk = new byte[SlotChunk * IndexSlot.Size];
    private readonly Timer? _fsyncTimer;
    private readonly string _bodyPath;
    private readonly string _indexPath;
    private readonly string _seqNumsPath;
    private readonly string _sessionPath;
    private byte[] _readBuffer = new byte[4096];
    private SafeFileHandle _body = null!;
    private SafeFileHandle _index = null!;
    private SafeFileHandle _seqNumsHandle = null!;
    private SeqNumsFile _seqNums = null!;
    private long _bodyLength;
    private long _highestStored;
    private long _nextSender;
    private long _nextTarget;
    private long _creationNanos;
    private int _dirty;
    private long _fsyncCount;
    private bool _disposed;

    /// <summary>Opens (or creates) the store and recovers it to its last consistent state.</summary>
    /// <exception cref="FixStoreException">A control file is corrupt or the store is in use.</exception>
    public FileMessageStore(FileMessageStoreOptions options, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Directory);
        ArgumentException.ThrowIfNullOrEmpty(options.FilePrefix);
        _options = options;
        _clock = clock ?? new SystemClock();
        string stem = Path.Combine(options.Directory, options.FilePrefix);
        _bodyPath = stem + ".body";
        _indexPath = stem + ".index";
        _seqNumsPath = stem + ".seqnums";
        _sessionPath = stem + ".session";
        Open();
        if (options.FsyncPolicy == FsyncPolicy.Interval)
        {
            if (options.FsyncInterval <= TimeSpan.Zero)
            {
                Close();
                ThrowHelper.ThrowArgumentOutOfRange(nameof(options), "FsyncInterval must be positive");
            }

            _fsyncTimer = new Timer(static s => ((FileMessageStore)s!).OnFsyncTimer(), this, options.FsyncInterval, options.FsyncInterval);
        }
    }

    public long NextSenderSeqNum => _nextSender;

    public long NextTargetSeqNum => _nextTarget;

    public long CreationTimeUtcNanos => _creationNanos;

    public DateTime CreationTimeUtc => DateTime.UnixEpoch.AddTicks(_creationNanos / 100);

    /// <summary>The options the store was opened with.</summary>
    public FileMessageStoreOptions Options => _options;

    /// <summary>Set when a background fsync failed (durability is then not guaranteed); null otherwise.</summary>
    public Exception? BackgroundFsyncError { get; private set; }

    /// <summary>Number of fsync rounds done (any policy); for tests and metrics.</summary>
    internal long FsyncCount => Interlocked.Read(ref _fsyncCount);

    public void SetNextSenderSeqNum(long value)
    {
        SeqNumGuard.ThrowIfInvalid(value, nameof(value));
        ThrowIfDisposed();
        if (value <= _highestStored)
        {
            DiscardFrom(value);
        }

        _nextSender = value;
        _seqNums.Sender = value;
        AfterSeqNumWrite();
    }

    public void SetNextTargetSeqNum(long value)
    {
        SeqNumGuard.ThrowIfInvalid(value, nameof(value));
        ThrowIfDisposed();
        _nextTarget = value;
        _seqNums.Target = value;
        AfterSeqNumWrite();
    }

    public void IncrementNextSenderSeqNum()
    {
        ThrowIfDisposed();
        _seqNums.Sender = ++_nextSender;
        AfterSeqNumWrite();
    }

    public void IncrementNextTargetSeqNum()
    {
        ThrowIfDisposed();
        _seqNums.Target = ++_nextTarget;
        AfterSeqNumWrite();
    }

    public void Store(long seqNum, ReadOnlySpan<byte> message)
    {
        SeqNumGuard.ThrowIfInvalid(seqNum, nameof(seqNum));
        if (message.IsEmpty)
        {
            ThrowHelper.ThrowArgument(nameof(message), "a stored message cannot be empty");
        }

        ThrowIfDisposed();
        long offset = _bodyLength;
        RandomAccess.Write(_body, message, offset);
        _bodyLength = offset + message.Length;

        Span<byte> slot = stackalloc byte[IndexSlot.Size];
        new IndexSlot(seqNum, offset, message.Length, MessageHash.Compute(message)).Write(slot);
        RandomAccess.Write(_index, slot, IndexSlot.PositionOf(seqNum));
        if (seqNum > _highestStored)
        {
            _highestStored = seqNum;
        }

        AfterWrite(_body, _index);
    }

    public int VisitRange<TVisitor>(long beginSeqNum, long endSeqNum, ref TVisitor visitor)
        where TVisitor : struct, IStoredMessageVisitor, allows ref struct
    {
        ThrowIfDisposed();
        long seq = Math.Max(beginSeqNum, 1);
        long last = Math.Min(endSeqNum, _highestStored);
        int visited = 0;
        while (seq <= last)
        {
            int count = (int)Math.Min(SlotChunk, last - seq + 1);
            Span<byte> slots = _slotChunk.AsSpan(0, count * IndexSlot.Size);
            int read = ReadFully(_index, slots, IndexSlot.PositionOf(seq));
            count = read / IndexSlot.Size;
            if (count == 0)
            {
                break;
            }

            for (int i = 0; i < count; i++, seq++)
            {
                var slot = IndexSlot.Read(slots.Slice(i * IndexSlot.Size, IndexSlot.Size));
                if (!TryReadMessage(slot, seq, out ReadOnlySpan<byte> message))
                {
                    continue; // never stored, or its bytes did not survive: the session gap-fills it
                }

                visited++;
                if (!visitor.OnMessage(seq, message))
                {
                    return visited;
                }
            }
        }

        return visited;
    }

    public void Reset()
    {
        ThrowIfDisposed();
        lock (_handleLock)
        {
            // Index first, creation time last: a crash part-way leaves an old creation time, so the
            // schedule asks for the reset again at the next start instead of trusting a half-reset store.
            RandomAccess.SetLength(_index, 0);
            RandomAccess.SetLength(_body, 0);
            _bodyLength = 0;
            _highestStored = 0;
            _nextSender = 1;
            _nextTarget = 1;
            _seqNums.Sender = 1;
            _seqNums.Target = 1;
            _creationNanos = _clock.UtcEpochNanoseconds();
            WriteSessionFile();
            if (_options.FsyncPolicy != FsyncPolicy.None)
            {
                FlushAll();
            }
        }
    }

    /// <summary>
    /// Closes and reopens the files, reloading sequence numbers and creation time from disk. If the files
    /// can no longer be opened the store is left disposed (every later call fails clearly) and the
    /// <see cref="FixStoreException"/> propagates.
    /// </summary>
    public void Refresh()
    {
        ThrowIfDisposed();
        lock (_handleLock)
        {
            Close();
            try
            {
                Open();
            }
            catch
            {
                _disposed = true;
                throw;
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (_fsyncTimer is not null)
        {
            using var stopped = new ManualResetEvent(false);
            if (_fsyncTimer.Dispose(stopped))
            {
                stopped.WaitOne(); // a running fsync finishes before the handles close
            }
        }

        lock (_handleLock)
        {
            if (_options.FsyncPolicy != FsyncPolicy.None)
            {
                FlushAll();
            }

            Close();
            _disposed = true;
        }
    }

    private bool TryReadMessage(IndexSlot slot, long seqNum, out ReadOnlySpan<byte> message)
    {
        message = default;
        if (!slot.Fits(seqNum, _bodyLength))
        {
            return false;
        }

        if (_readBuffer.Length < slot.Length)
        {
            GrowReadBuffer(slot.Length);
        }

        Span<byte> bytes = _readBuffer.AsSpan(0, slot.Length);
        if (ReadFully(_body, bytes, slot.Offset) != slot.Length || MessageHash.Compute(bytes) != slot.Hash)
        {
            return false;
        }

        message = bytes;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowReadBuffer(int length) => _readBuffer = new byte[Math.Max(length, _readBuffer.Length * 2)];

    private static int ReadFully(SafeFileHandle handle, Span<byte> destination, long offset)
    {
        int total = 0;
        while (total < destination.Length)
        {
            int n = RandomAccess.Read(handle, destination[total..], offset + total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            ThrowHelper.ThrowInvalidOperation("the message store is disposed");
        }
    }
}
