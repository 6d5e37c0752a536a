using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Framing;

namespace LowLatency.Testing.Fix;

/// <summary>
/// A scripted FIX counterparty for session tests (the role Artio's FakeFixConnection plays): sends messages
/// built from readable text with a correct header, sequence number and SendingTime from the test's clock (or any
/// deliberate error), and receives what the engine sends, with timeouts. Works over a real socket or an
/// in-memory pipe; allocates freely (tests only).
/// </summary>
public sealed class FixTestPeer : IDisposable
{
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly IDisposable? _owner;
    private readonly BlockingCollection<PeerMessage> _inbox = new();
    private readonly List<PeerMessage> _history = new();
    private readonly List<string> _garbled = new();
    private readonly ManualResetEventSlim _closed = new(false);
    private readonly Lock _sendLock = new();
    private readonly Task _reader;

    public FixTestPeer(IDuplexPipe transport, string senderCompId, string targetCompId, IClock clock, IDisposable? owner = null)
    {
        _input = transport.Input;
        _output = transport.Output;
        _owner = owner;
        SenderCompId = senderCompId;
        TargetCompId = targetCompId;
        Clock = clock;
        _reader = Task.Run(ReadLoopAsync);
    }

    public string SenderCompId { get; }

    public string TargetCompId { get; }

    public IClock Clock { get; }

    public string BeginString { get; set; } = "FIX.4.4";

    /// <summary>MsgSeqNum of the next message <see cref="Send"/> numbers itself.</summary>
    public int NextSeqNum { get; set; } = 1;

    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Everything received so far, in order (also the ones already taken by Receive).</summary>
    public IReadOnlyList<PeerMessage> History
    {
        get
        {
            lock (_history)
            {
                return _history.ToArray();
            }
        }
    }

    /// <summary>Bytes the peer could not frame (the engine must never send any).</summary>
    public IReadOnlyList<string> Garbled
    {
        get
        {
            lock (_garbled)
            {
                return _garbled.ToArray();
            }
        }
    }

    public bool IsClosed => _closed.IsSet;

    /// <summary>Connects to a TCP endpoint (the engine as acceptor).</summary>
    public static FixTestPeer Connect(IPEndPoint endpoint, string senderCompId, string targetCompId, IClock clock)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(endpoint);
        return OverSocket(socket, senderCompId, targetCompId, clock);
    }

    /// <summary>Accepts the engine's connection on <paramref name="listener"/> (the engine as initiator).</summary>
    public static FixTestPeer Accept(Socket listener, string senderCompId, string targetCompId, IClock clock, TimeSpan timeout)
    {
        Task<Socket> accept = listener.AcceptAsync();
        if (!accept.Wait(timeout))
        {
            throw new TimeoutException($"no connection on {listener.LocalEndPoint} within {timeout}");
        }

        Socket socket = accept.Result;
        socket.NoDelay = true;
        return OverSocket(socket, senderCompId, targetCompId, clock);
    }

    public static FixTestPeer OverSocket(Socket socket, string senderCompId, string targetCompId, IClock clock)
    {
        var stream = new NetworkStream(socket, ownsSocket: true);
        var transport = new StreamDuplex(PipeReader.Create(stream), PipeWriter.Create(stream));
        return new FixTestPeer(transport, senderCompId, targetCompId, clock, stream);
    }

    /// <summary>The standard header the peer writes (QuickFIX's order), for messages built by hand.</summary>
    public string Header(string msgType, int seq, long? sendingTimeNanos = null, string? sender = null, string? target = null) =>
        $"35={msgType}|34={seq}|49={sender ?? SenderCompId}|52={Timestamp(sendingTimeNanos ?? Clock.UtcEpochNanoseconds())}|56={target ?? TargetCompId}";

    /// <summary>
    /// Sends <paramref name="msgType"/> with <paramref name="body"/> ('|' for SOH). Numbered with <see cref="NextSeqNum"/>
    /// (which then moves on) unless <paramref name="seq"/> is given. PossDupFlag=Y adds OrigSendingTime unless told not to.
    /// </summary>
    public void Send(string msgType, string body = "", int? seq = null, bool possDup = false, long? origSendingTimeNanos = null,
        bool omitOrigSendingTime = false, long? sendingTimeNanos = null, string? sender = null, string? target = null,
        FixMessageBuilder? builder = null)
    {
        int number = seq ?? NextSeqNum++;
        string fields = Header(msgType, number, sendingTimeNanos, sender, target);
        if (possDup)
        {
            fields += "|43=Y";
            if (!omitOrigSendingTime)
            {
                fields += "|122=" + Timestamp(origSendingTimeNanos ?? Clock.UtcEpochNanoseconds() - 1_000_000_000);
            }
        }

        if (body.Length > 0)
        {
            fields += "|" + body;
        }

        SendRaw(((builder ?? new FixMessageBuilder()) with { BeginString = BeginString }).Build(fields));
    }

    public void SendLogon(int heartBtIntSeconds = 30, bool resetSeqNumFlag = false, int? seq = null) =>
        Send("A", $"98=0|108={heartBtIntSeconds}" + (resetSeqNumFlag ? "|141=Y" : string.Empty), seq);

    public void SendRaw(byte[] bytes)
    {
        lock (_sendLock)
        {
            try
            {
                _output.Write(bytes);
                _output.FlushAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or ObjectDisposedException)
            {
                // the connection is closed: like writing to a closed socket, the bytes go nowhere
            }
        }
    }

    /// <summary>The next message, or a <see cref="TimeoutException"/> naming what did arrive.</summary>
    public PeerMessage Receive(TimeSpan? timeout = null)
    {
        if (TryReceive(timeout ?? DefaultTimeout, out PeerMessage? message))
        {
            return message;
        }

        throw new TimeoutException($"no message within {timeout ?? DefaultTimeout}{(IsClosed ? " (connection closed)" : string.Empty)}; received before: " +
                                   string.Join(" ;; ", History.TakeLast(5)));
    }

    public bool TryReceive(TimeSpan timeout, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PeerMessage? message)
    {
        try
        {
            return _inbox.TryTake(out message, timeout);
        }
        catch (InvalidOperationException)
        {
            message = null; // completed: the connection closed and everything was taken
            return false;
        }
    }

    /// <summary>The next message, which must be of <paramref name="msgType"/>; heartbeats are skipped when asked.</summary>
    public PeerMessage Expect(string msgType, TimeSpan? timeout = null, bool skipHeartbeats = false)
    {
        while (true)
        {
            PeerMessage message = Receive(timeout);
            if (skipHeartbeats && message.MsgType == "0" && msgType != "0")
            {
                continue;
            }

            if (message.MsgType != msgType)
            {
                throw new InvalidOperationException($"expected 35={msgType}, received {message}");
            }

            return message;
        }
    }

    /// <summary>True when nothing arrives within <paramref name="window"/> (waits the whole window: use short ones).</summary>
    public bool ReceivesNothing(TimeSpan window) => !TryReceive(window, out _);

    /// <summary>Waits for the engine to close the connection, after every message it sent was received.</summary>
    public bool WaitForDisconnect(TimeSpan? timeout = null) => _closed.Wait(timeout ?? DefaultTimeout);

    /// <summary>Closes the connection from this side.</summary>
    public void Close()
    {
        _output.Complete();
        _input.CancelPendingRead();
        _owner?.Dispose();
    }

    public void Dispose()
    {
        CloseQuietly();

        _reader.Wait(TimeSpan.FromSeconds(5));
        _closed.Dispose();
        _inbox.Dispose();
    }

    private void CloseQuietly()
    {
        lock (_sendLock)
        {
            try
            {
                Close();
            }
            catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or IOException)
            {
                // already closed
            }
        }
    }

    public static string Timestamp(long epochNanos) =>
        DateTime.UnixEpoch.AddTicks(epochNanos / 100).ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                ReadResult read = await _input.ReadAsync().ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = read.Buffer;
                byte[] data = buffer.ToArray();
                int consumed = 0;
                while (consumed < data.Length)
                {
                    FrameResult frame = FixFramer.Frame(data.AsSpan(consumed));
                    if (frame.Status == FrameStatus.NeedMoreData)
                    {
                        break;
                    }

                    if (frame.Status == FrameStatus.Garbled)
                    {
                        lock (_garbled)
                        {
                            _garbled.Add(FixText.ToReadable(data.AsSpan(consumed, frame.Length)) + " (" + frame.Reason + ")");
                        }
                    }
                    else
                    {
                        var message = new PeerMessage(data.AsSpan(consumed, frame.Length).ToArray());
                        lock (_history)
                        {
                            _history.Add(message);
                        }

                        _inbox.Add(message);
                    }

                    consumed += frame.Length;
                }

                _input.AdvanceTo(buffer.GetPosition(consumed), buffer.End);
                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // the connection was reset or closed under us: same as a disconnect for the tests
        }
        finally
        {
            // As a FIX engine does: the other side closed, so close ours (the engine is not left lingering).
            CloseQuietly();
            _inbox.CompleteAdding();
            _closed.Set();
        }
    }

    private sealed class StreamDuplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
