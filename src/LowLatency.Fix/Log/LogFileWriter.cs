using LowLatency.Fix.Store;

namespace LowLatency.Fix.Log;

/// <summary>
/// The writer thread's record handler: one line per record, <c>yyyyMMdd-HH:mm:ss.ffffff : payload</c>,
/// messages (both directions, as QuickFIX does) to one file and events to the other.
/// </summary>
internal struct LogFileWriter : ILogRecordHandler
{
    private const int PrefixLength = UtcTimestampText.MicrosLength + 3;

    public LogFileWriter(Stream messages, Stream events)
    {
        Messages = messages;
        Events = events;
    }

    public Stream Messages { get; }

    public Stream Events { get; }

    /// <summary>The last write failure; the thread keeps draining so producers never stall.</summary>
    public Exception? Error { get; private set; }

    /// <summary>Records lost to write failures.</summary>
    public long Failed { get; private set; }

    public void OnRecord(LogRecordKind kind, long utcEpochNanos, ReadOnlySpan<byte> payload)
    {
        Span<byte> prefix = stackalloc byte[PrefixLength];
        UtcTimestampText.FormatMicros(utcEpochNanos, prefix);
        prefix[^3] = (byte)' ';
        prefix[^2] = (byte)':';
        prefix[^1] = (byte)' ';
        Stream target = kind == LogRecordKind.Event ? Events : Messages;
        try
        {
            target.Write(prefix);
            target.Write(payload);
            target.WriteByte((byte)'\n');
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
}
