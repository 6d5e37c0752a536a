using System.IO.Pipelines;
using System.Net.Sockets;
using LowLatency.Fix.Log;

namespace LowLatency.Fix.Transport;

// A dedicated reader thread per connection (a handful of venue sessions: a thread each is cheap, and no
// thread-pool hop sits between the socket and the session). The loop, SocketConnection-style:
//   receive into the Pipe writer's memory (non-blocking; poll(2) when nothing is there) → commit → read the
//   Pipe synchronously → frame/parse/deliver → AdvanceTo(consumed, examined = end).
// The Pipe keeps a partial frame across receives and owns the pooled segments; writer and reader are used by
// this one thread, so FlushAsync completes synchronously (pauseWriterThreshold 0) and nothing awaits.
// Every exception ends here: logged, connection closed, session detached — nothing escapes the thread.

/// <summary>Reads one TCP connection on its own thread and feeds a <see cref="FixConnection"/>.</summary>
internal sealed class SocketReceiver
{
    private const int PollMicroseconds = 50_000;
    private const int MinimumReceive = 4096;

    private static readonly PipeOptions ReceiveOptions = new(
        pauseWriterThreshold: 0, resumeWriterThreshold: 0, minimumSegmentSize: 16 * 1024, useSynchronizationContext: false);

    private readonly Socket _socket;
    private readonly SocketChannel _channel;
    private readonly FixConnection _connection;
    private readonly IMessageLog _errorLog;
    private readonly TimeSpan _linger;
    private readonly int _spinCount;
    private readonly Thread _thread;

    public SocketReceiver(Socket socket, SocketChannel channel, FixConnection connection, IMessageLog errorLog, TransportOptions options, string name)
    {
        _socket = socket;
        _channel = channel;
        _connection = connection;
        _errorLog = errorLog;
        _linger = options.Linger;
        _spinCount = options.ReceiveSpinCount;
        _thread = new Thread(Run) { IsBackground = true, Name = name };
    }

    public void Start() => _thread.Start();

    private void Run()
    {
        var pipe = new Pipe(ReceiveOptions);
        long lingerUntil = long.MaxValue;
        int idle = 0;
        try
        {
            while (true)
            {
                Memory<byte> memory = pipe.Writer.GetMemory(MinimumReceive);
                int received = _socket.Receive(memory.Span, SocketFlags.None, out SocketError error);
                if (error == SocketError.WouldBlock)
                {
                    if (_channel.IsAborted)
                    {
                        break;
                    }

                    if (_channel.IsClosing)
                    {
                        long now = Environment.TickCount64;
                        if (lingerUntil == long.MaxValue)
                        {
                            lingerUntil = now + (long)_linger.TotalMilliseconds;
                        }
                        else if (now >= lingerUntil)
                        {
                            break;
                        }
                    }

                    if (idle < _spinCount)
                    {
                        // Busy-poll (a dedicated core): the sender's send(2) then never has to wake this thread.
                        idle++;
                        Thread.SpinWait(8);
                        continue;
                    }

                    _socket.Poll(PollMicroseconds, SelectMode.SelectRead);
                    continue;
                }

                idle = 0;

                if (error != SocketError.Success || received == 0)
                {
                    break;
                }

                pipe.Writer.Advance(received);
                ValueTask<FlushResult> flush = pipe.Writer.FlushAsync();
                if (!flush.IsCompleted)
                {
                    flush.AsTask().GetAwaiter().GetResult(); // cannot happen with pauseWriterThreshold 0
                }

                if (pipe.Reader.TryRead(out ReadResult read))
                {
                    SequencePosition consumed = _connection.OnReceived(read.Buffer);
                    pipe.Reader.AdvanceTo(consumed, read.Buffer.End);
                }
            }
        }
        catch (Exception ex)
        {
            (_connection.Session?.Log ?? _errorLog).OnEvent($"Connection to {_channel.RemoteName} failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            _channel.Close(graceful: false);
            _socket.Dispose();
            pipe.Writer.Complete();
            pipe.Reader.Complete();
            CloseConnection();
        }
    }

    private void CloseConnection()
    {
        try
        {
            _connection.OnClosed();
        }
        catch (Exception ex)
        {
            _errorLog.OnEvent($"Closing the connection to {_channel.RemoteName} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
