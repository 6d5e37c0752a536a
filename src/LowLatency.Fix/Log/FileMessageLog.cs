using System.Runtime.CompilerServices;
using LowLatency.Core.Agents;
using LowLatency.Core.Time;

namespace LowLatency.Fix.Log;

/// <summary>
/// The message log off the hot path: FIX threads copy each message (with a UTC timestamp) into a
/// preallocated <see cref="LogRing"/> and return; one background thread writes QuickFIX-like files
/// <c>PREFIX.messages.current.log</c> and <c>PREFIX.event.current.log</c>, each line prefixed with the
/// UTC time the record was queued. A full queue drops the record and counts it (never blocks the
/// sender); the writer reports drop counts in the event log. Dispose writes everything queued, then closes.
/// </summary>
/// <remarks>
/// Files are appended to across restarts (no rotation here). Records queued after <see cref="Dispose"/>
/// starts are dropped and counted. The writer flushes to the OS whenever it runs out of records, so a
/// crash loses at most what is still queued.
/// </remarks>
public sealed class FileMessageLog : IMessageLog
{
    private const int DrainBatch = 256;

    private readonly LogRing _ring;
    private readonly IClock _clock;
    private readonly Thread _thread;
    private readonly FileStream _messages;
    private readonly FileStream _events;
    private LogFileWriter _writer;
    private long _reportedDrops;
    private Exception? _fatalError;
    private volatile bool _closing;
    private int _started;
    private int _disposed;

    /// <summary>Opens (appending) the two log files and starts the writer thread.</summary>
    public FileMessageLog(FileMessageLogOptions options, IClock? clock = null)
        : this(options, clock, startWriter: true)
    {
    }

    /// <summary>Tests open without the writer to fill the queue deterministically, then <see cref="StartWriter"/>.</summary>
    internal FileMessageLog(FileMessageLogOptions options, IClock? clock, bool startWriter)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Directory);
        ArgumentException.ThrowIfNullOrEmpty(options.FilePrefix);
        _clock = clock ?? new SystemClock();
        _ring = new LogRing(options.BufferSize);
        Directory.CreateDirectory(options.Directory);
        string stem = Path.Combine(options.Directory, options.FilePrefix);
        MessagesPath = stem + ".messages.current.log";
        EventsPath = stem + ".event.current.log";
        _messages = OpenAppend(MessagesPath);
        try
        {
            _events = OpenAppend(EventsPath);
        }
        catch
        {
            _messages.Dispose();
            throw;
        }

        _writer = new LogFileWriter(_messages, _events);
        _thread = new Thread(static s => ((FileMessageLog)s!).Run()) { IsBackground = true, Name = "fix-log " + options.FilePrefix };
        if (startWriter)
        {
            StartWriter();
        }
    }

    public string MessagesPath { get; }

    public string EventsPath { get; }

    public long DroppedCount => _ring.Dropped;

    /// <summary>The last file write failure on the writer thread, if any (the log keeps running).</summary>
    public Exception? WriteError => _fatalError ?? _writer.Error;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnIncoming(ReadOnlySpan<byte> message) => Write(LogRecordKind.Incoming, message);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnOutgoing(ReadOnlySpan<byte> message) => Write(LogRecordKind.Outgoing, message);

    public void OnEvent(ReadOnlySpan<char> text)
    {
        if (_closing)
        {
            _ring.CountDrop();
            return;
        }

        _ring.TryWriteUtf8(LogRecordKind.Event, _clock.UtcEpochNanoseconds(), text);
    }

    internal void StartWriter()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _thread.Start(this);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _closing = true;
        if (Volatile.Read(ref _started) != 0)
        {
            _thread.Join();
        }
        else
        {
            FinalDrain(); // never started: write what was queued from this thread
        }

        _messages.Dispose();
        _events.Dispose();
    }

    private static FileStream OpenAppend(string path) =>
        new(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Write(LogRecordKind kind, ReadOnlySpan<byte> message)
    {
        if (_closing)
        {
            _ring.CountDrop();
            return;
        }

        _ring.TryWrite(kind, _clock.UtcEpochNanoseconds(), message);
    }

    private void Run()
    {
        var idle = new BackoffIdleStrategy(maxSpins: 20, maxYields: 10, minParkMs: 1, maxParkMs: 4);
        bool unflushed = false;
        try
        {
            while (!_closing)
            {
                int work = _ring.Drain(ref _writer, DrainBatch) + ReportDrops();
                if (work > 0)
                {
                    unflushed = true;
                }
                else if (unflushed)
                {
                    _writer.Flush(); // idle: let tail -f and a crash see everything written so far
                    unflushed = false;
                }

                idle.Idle(work);
            }
        }
        catch (Exception ex)
        {
            // Never let the writer thread take the process down; the final drain below still runs.
            _fatalError = ex;
        }

        FinalDrain();
    }

    private void FinalDrain()
    {
        // Producers that claimed space before _closing was set commit within nanoseconds; wait for them
        // with a bounded, yielding loop so a stuck producer cannot hang Dispose.
        long deadline = Environment.TickCount64 + 1000;
        var spinner = default(SpinWait);
        while (true)
        {
            int work = _ring.Drain(ref _writer, int.MaxValue);
            if (_ring.IsEmpty || Environment.TickCount64 > deadline)
            {
                break;
            }

            if (work == 0)
            {
                spinner.SpinOnce();
            }
        }

        ReportDrops();
        _writer.Flush();
    }

    private int ReportDrops()
    {
        long dropped = _ring.Dropped;
        if (dropped == _reportedDrops)
        {
            return 0;
        }

        long fresh = dropped - _reportedDrops;
        _reportedDrops = dropped;
        string text = $"message log dropped {fresh} record(s) (queue full or closed); {dropped} in total";
        _writer.OnRecord(LogRecordKind.Event, _clock.UtcEpochNanoseconds(), System.Text.Encoding.UTF8.GetBytes(text));
        return 1;
    }
}
