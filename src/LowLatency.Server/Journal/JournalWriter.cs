using System.Runtime.CompilerServices;
using LowLatency.Model.Fills;
using LowLatency.Server.Config;

namespace LowLatency.Server.Journal;

/// <summary>
/// Appends records to one journal file from ONE thread (the journal ring stage): records are framed into a batch
/// buffer and written with one write(2) per batch (<see cref="EndBatch"/>), then fsynced per the policy. No
/// allocation after construction. Opening an existing journal cuts off a torn tail first (the reader found where the
/// last whole record ends).
/// </summary>
public sealed class JournalWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly byte[] _buffer;
    private readonly JournalFsyncPolicy _policy;
    private readonly long _fsyncIntervalNs;
    private int _used;
    private long _lastFsyncNs;
    private bool _dirty;
    private long _records;
    private long _bytes;

    private JournalWriter(FileStream file, JournalFsyncPolicy policy, TimeSpan fsyncInterval, int bufferSize)
    {
        _file = file;
        _policy = policy;
        _fsyncIntervalNs = (long)fsyncInterval.TotalNanoseconds;
        _buffer = new byte[bufferSize];
        _bytes = file.Length;
    }

    /// <summary>The file written.</summary>
    public string Path => _file.Name;

    /// <summary>Records appended since open (journal stage thread; read with Volatile elsewhere).</summary>
    public long Records => Volatile.Read(ref _records);

    /// <summary>File length in bytes including what is still in the batch buffer.</summary>
    public long Bytes => Volatile.Read(ref _bytes);

    /// <summary>
    /// Opens <paramref name="path"/> for appending after its last whole record: a new file gets the magic header; an
    /// existing one is validated by <see cref="JournalReader"/> (a corrupt middle record throws
    /// <see cref="JournalCorruptException"/>) and truncated to its valid length (a torn tail is dropped).
    /// </summary>
    public static JournalWriter Open(string path, JournalFsyncPolicy policy, TimeSpan fsyncInterval, int bufferSize = 256 * 1024)
    {
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        long valid = File.Exists(path) && new FileInfo(path).Length > 0 ? JournalReader.Read(path).ValidLength : 0;
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.None);
        try
        {
            if (valid == 0)
            {
                file.SetLength(0);
                file.Write(JournalFormat.Magic);
                file.Flush(flushToDisk: true);
            }
            else if (file.Length != valid)
            {
                file.SetLength(valid); // the torn tail goes; everything before it was whole and CRC-checked
                file.Flush(flushToDisk: true);
            }

            file.Seek(0, SeekOrigin.End);
            return new JournalWriter(file, policy, fsyncInterval, bufferSize);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void AppendFill(in FillEvent fill)
    {
        Span<byte> body = Reserve(JournalCodec.FillLength);
        body[0] = (byte)JournalRecordType.Fill;
        Commit(1 + JournalCodec.WriteFill(body[1..], in fill));
    }

    public void AppendOrderSent(in OrderSentRecord order)
    {
        Span<byte> body = Reserve(JournalCodec.OrderSentLength);
        body[0] = (byte)JournalRecordType.OrderSent;
        Commit(1 + JournalCodec.WriteOrderSent(body[1..], in order));
    }

    public void AppendKillSwitch(in KillSwitchRecord record)
    {
        Span<byte> body = Reserve(JournalCodec.KillSwitchLength);
        body[0] = (byte)JournalRecordType.KillSwitch;
        Commit(1 + JournalCodec.WriteKillSwitch(body[1..], in record));
    }

    public void AppendCollateral(in CollateralRecord record)
    {
        Span<byte> body = Reserve(JournalCodec.CollateralLength);
        body[0] = (byte)JournalRecordType.Collateral;
        Commit(1 + JournalCodec.WriteCollateral(body[1..], in record));
    }

    public void AppendStart(in StartRecord record)
    {
        Span<byte> body = Reserve(256);
        body[0] = (byte)JournalRecordType.Start;
        Commit(1 + JournalCodec.WriteStart(body[1..], in record));
    }

    public void AppendOrderSequence(long nextOrderSequence, long utcNs)
    {
        Span<byte> body = Reserve(16);
        body[0] = (byte)JournalRecordType.OrderSequence;
        Commit(1 + JournalCodec.WriteSequence(body[1..], nextOrderSequence, utcNs));
    }

    public void AppendStop(long utcNs)
    {
        Span<byte> body = Reserve(8);
        body[0] = (byte)JournalRecordType.Stop;
        Commit(1 + JournalCodec.WriteStop(body[1..], utcNs));
    }

    /// <summary>Raw bytes of an inbound ring event (exact replay of the decision stage's input).</summary>
    public void AppendInbound(ReadOnlySpan<byte> eventBytes)
    {
        Span<byte> body = Reserve(eventBytes.Length);
        body[0] = (byte)JournalRecordType.Inbound;
        eventBytes.CopyTo(body[1..]);
        Commit(1 + eventBytes.Length);
    }

    /// <summary>End of a ring batch: one write of everything framed, then fsync if the policy says so.</summary>
    public void EndBatch(long nowNs)
    {
        if (_used > 0)
        {
            _file.Write(_buffer, 0, _used);
            _used = 0;
            _dirty = true;
        }

        if (_dirty && (_policy == JournalFsyncPolicy.Batch || (_policy == JournalFsyncPolicy.Interval && nowNs - _lastFsyncNs >= _fsyncIntervalNs)))
        {
            Sync(nowNs);
        }
    }

    /// <summary>Writes what is buffered and forces it to disk (shutdown, tests).</summary>
    public void Flush()
    {
        EndBatch(0);
        if (_dirty)
        {
            Sync(0);
        }
    }

    public void Dispose()
    {
        Flush();
        _file.Dispose();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int payloadLength)
    {
        int need = JournalFormat.HeaderLength + 1 + payloadLength;
        if (_used + need > _buffer.Length)
        {
            WriteOut();
        }

        return _buffer.AsSpan(_used + JournalFormat.HeaderLength, 1 + payloadLength);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Commit(int bodyLength)
    {
        int length = JournalFormat.Seal(_buffer.AsSpan(_used), bodyLength);
        _used += length;
        Volatile.Write(ref _bytes, _bytes + length);
        Volatile.Write(ref _records, _records + 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteOut()
    {
        _file.Write(_buffer, 0, _used);
        _used = 0;
        _dirty = true;
    }

    private void Sync(long nowNs)
    {
        _file.Flush(flushToDisk: true);
        _dirty = false;
        _lastFsyncNs = nowNs;
    }
}
