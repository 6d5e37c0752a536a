using System.Runtime.CompilerServices;
using LowLatency.Fix.Store;

namespace LowLatency.Fix.Log;

/// <summary>
/// The writer thread's record handler: one line per record, <c>yyyyMMdd-HH:mm:ss.ffffff : payload</c>,
/// messages (both directions, as QuickFIX does) to one file and events to the other. Each line is
/// composed in a reusable buffer and written with one call; the date-and-seconds prefix is formatted once
/// per second.
/// </summary>
internal struct LogFileWriter : ILogRecordHandler
{
    private const int PrefixLength = UtcTimestampText.MicrosLength + 3;

    private byte[] _line;
    private long _cachedSecond;

    public LogFileWriter(Stream messages, Stream events)
    {
        Messages = messages;
        Events = events;
        _line = new byte[4096];
        _cachedSecond = long.MinValue;
    }

    public Stream Messages { get; }

    public Stream Events { get; }

    /// <summary>The last write failure; the thread keeps draining so producers never stall.</summary>
    public Exception? Error { get; private set; }

    /// <summary>Records lost to write failures.</summary>
    public long Failed { get; private set; }

    public void OnRecord(LogRecordKind kind, long utcEpochNanos, ReadOnlySpan<byte> payload)
    {
        int length = PrefixLength + payload.Length + 1;
        if (_line.Length < length)
        {
            Grow(length);
        }

        long second = UtcTimestampText.EpochSecond(utcEpochNanos);
        if (second != _cachedSecond)
        {
            UtcTimestampText.WriteSeconds(utcEpochNanos, _line);
            _cachedSecond = second;
        }

        Span<byte> line = _line.AsSpan(0, length);
        UtcTimestampText.WriteDigits(line.Slice(UtcTimestampText.SecondsPrefixLength, 6), UtcTimestampText.Mod(utcEpochNanos, 1_000_000_000) / 1000);
        line[PrefixLength - 3] = (byte)' ';
        line[PrefixLength - 2] = (byte)':';
        line[PrefixLength - 1] = (byte)' ';
        payload.CopyTo(line[PrefixLength..]);
        line[^1] = (byte)'\n';
        try
        {
            (kind == LogRecordKind.Event ? Events : Messages).Write(line);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            Error = ex;
            Failed++;
        }
    }

    public void Flush()
    {
        try
        {
            Messages.Flush();
            Events.Flush();
        }
        catch (IOException ex)
        {
            Error = ex;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int length)
    {
        byte[] larger = new byte[Math.Max(length, _line.Length * 2)];
        _line.AsSpan(0, UtcTimestampText.SecondsPrefixLength).CopyTo(larger); // keep the cached prefix
        _line = larger;
    }
}
