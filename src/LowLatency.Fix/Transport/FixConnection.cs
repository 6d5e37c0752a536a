using System.Buffers;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Transport;

/// <summary>
/// One transport connection's receive side: frames and parses what the receive loop hands over (zero copy for
/// frames inside one buffer segment) and delivers each message to its session — found from the first Logon
/// on an acceptor, known up front on an initiator. Garbled input is dropped and logged, never thrown.
/// </summary>
internal sealed class FixConnection
{
    private readonly FixFrameReader _frames;
    private readonly FixParser _parser = new();
    private readonly IConnectionRouter? _router;
    private FixSession? _session;
    private volatile bool _refused;

    public FixConnection(ITransportChannel channel, FixSession? session, IConnectionRouter? router, int maxMessageLength, long openedAtNs)
    {
        Channel = channel;
        _session = session;
        _router = router;
        _frames = new FixFrameReader(maxMessageLength);
        OpenedAtNs = openedAtNs;
    }

    public ITransportChannel Channel { get; }

    public FixSession? Session => _session;

    /// <summary>When the connection was opened (engine clock), for the acceptor's first-Logon timeout.</summary>
    public long OpenedAtNs { get; }

    /// <summary>Processes every complete frame in <paramref name="buffer"/>; returns how far it consumed (a partial frame stays).</summary>
    public SequencePosition OnReceived(in ReadOnlySequence<byte> buffer)
    {
        if (_refused)
        {
            return buffer.End;
        }

        var reader = new SequenceReader<byte>(buffer);
        while (true)
        {
            FrameResult result = _frames.TryRead(ref reader, out ReadOnlySpan<byte> frame);
            if (result.Status == FrameStatus.NeedMoreData)
            {
                break;
            }

            if (result.Status == FrameStatus.Garbled)
            {
                OnGarbled(frame, result.Reason);
                continue;
            }

            if (!_parser.TryParse(frame, out FixMessage message))
            {
                OnGarbled(frame, GarbledReason.None);
                continue;
            }

            FixSession? session = _session ?? Route(in message);
            if (session is null)
            {
                return buffer.End;
            }

            session.OnMessage(this, in message);
        }

        return reader.Position;
    }

    /// <summary>The receive loop ended: the session (if any) detaches and goes to Disconnected.</summary>
    public void OnClosed()
    {
        _session?.OnDetached(this);
        _router?.OnClosed(this);
    }

    /// <summary>Refuses the connection before it reached a session (the router closes the channel).</summary>
    public void Refuse() => _refused = true;

    private FixSession? Route(in FixMessage message)
    {
        if (_router is null)
        {
            Refuse();
            Channel.Close(graceful: false);
            return null;
        }

        _session = _router.Route(this, in message);
        return _session;
    }

    private void OnGarbled(ReadOnlySpan<byte> bytes, GarbledReason reason)
    {
        string text = reason == GarbledReason.None ? "not a FIX message" : reason.ToString();
        if (_session is { } session)
        {
            session.OnGarbled(this, bytes, text);
        }
        else
        {
            _router?.OnGarbled(this, bytes, text);
        }
    }
}
