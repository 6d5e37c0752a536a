using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using LowLatency.Fix.Log;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Faults;

/// <summary>
/// One client connection of a venue under wire faults: the socket on one side, the venue's FIX session (an
/// in-process connection of the engine) on the other. Bytes from the client pass untouched; bytes from the session
/// are framed and each frame forwarded, swallowed or turned into a disconnect by the <see cref="WireFaultFilter"/>.
/// Two threads (one per direction): reliability tests only, never the latency path.
/// </summary>
internal sealed class WireFaultConnection : IDisposable
{
    private static readonly PipeOptions Unpaused = new(pauseWriterThreshold: 0, resumeWriterThreshold: 0, useSynchronizationContext: false);

    private readonly Socket _socket;
    private readonly WireFaultFilter _filter;
    private readonly IMessageLog _log;
    private readonly Pipe _toSession = new(Unpaused);
    private readonly Pipe _fromSession = new(Unpaused);
    private readonly string _name;
    private int _closed;

    public WireFaultConnection(Socket socket, FaultInjectionConfig faults, IMessageLog log)
    {
        _socket = socket;
        _filter = new WireFaultFilter(faults);
        _log = log;
        _name = socket.RemoteEndPoint?.ToString() ?? "client";
    }

    /// <summary>The session's end of the connection, for <c>FixEngine.ConnectInProcess</c>.</summary>
    public IDuplexPipe SessionTransport => new DuplexPipe(_toSession.Reader, _fromSession.Writer);

    public string Name => _name;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public void Start()
    {
        new Thread(PumpFromClient) { IsBackground = true, Name = "venue-fault-in-" + _name }.Start();
        new Thread(PumpToClient) { IsBackground = true, Name = "venue-fault-out-" + _name }.Start();
    }

    public void Dispose() => Close("venue shutting down");

    private void PumpFromClient()
    {
        byte[] buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                int read = _socket.Receive(buffer);
                if (read <= 0)
                {
                    break;
                }

                _toSession.Writer.Write(buffer.AsSpan(0, read));
                if (_toSession.Writer.FlushAsync().AsTask().GetAwaiter().GetResult().IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // the socket or the session went away: close below
        }
        finally
        {
            _toSession.Writer.Complete(); // this thread is the pipe's only writer: the session sees the end
        }

        Close("client closed the connection");
    }

    private void PumpToClient()
    {
        PipeReader reader = _fromSession.Reader;
        byte[] pending = new byte[64 * 1024];
        int count = 0;
        try
        {
            while (true)
            {
                ReadResult read = reader.ReadAsync().AsTask().GetAwaiter().GetResult();
                ReadOnlySequence<byte> data = read.Buffer;
                if (count + data.Length > pending.Length)
                {
                    Array.Resize(ref pending, (int)Math.Max(pending.Length * 2, count + data.Length));
                }

                data.CopyTo(pending.AsSpan(count));
                count += (int)data.Length;
                reader.AdvanceTo(data.End);
                int used = ForwardFrames(pending.AsSpan(0, count));
                if (used < 0)
                {
                    break; // disconnect fault: Close already ran
                }

                pending.AsSpan(used, count - used).CopyTo(pending);
                count -= used;
                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // the socket went away: close below
        }
        finally
        {
            reader.Complete();
        }

        Close("session closed the connection");
    }

    /// <summary>Sends what the filter lets through; returns the bytes consumed, or -1 after a disconnect fault.</summary>
    private int ForwardFrames(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            int length = WireFaultFilter.FrameLength(bytes[offset..]);
            if (length == 0)
            {
                break;
            }

            if (length < 0)
            {
                offset -= length; // not a frame: the session never writes one, skip it
                continue;
            }

            ReadOnlySpan<byte> frame = bytes.Slice(offset, length);
            switch (_filter.Decide(frame))
            {
                case WireAction.Forward:
                    SendAll(frame);
                    break;
                case WireAction.Disconnect:
                    _log.OnEvent($"Fault injection: dropping the connection of {_name} instead of sending a message");
                    Close("fault injection: drop session");
                    return -1;
                default:
                    break;
            }

            offset += length;
        }

        return offset;
    }

    private void SendAll(ReadOnlySpan<byte> frame)
    {
        while (!frame.IsEmpty)
        {
            int sent = _socket.Send(frame);
            frame = frame[sent..];
        }
    }

    private void Close(string why)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _log.OnEvent($"Fault proxy connection {_name} closed: {why}");
        try
        {
            _socket.Close(0);
        }
        catch (ObjectDisposedException)
        {
        }

        _fromSession.Reader.CancelPendingRead(); // each pump completes its own pipe end when it stops
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
