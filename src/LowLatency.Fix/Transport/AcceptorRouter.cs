using System.Text;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Transport;

/// <summary>
/// Routes acceptor connections to sessions by the first message's (BeginString, SenderCompID, TargetCompID):
/// a Logon for a configured, unconnected session attaches it; anything else (not a Logon, unknown CompIDs, a
/// second connection for a live session, no Logon in time) is logged and refused — with a Logout carrying the
/// reason where the CompIDs allow one — without touching any session's sequence numbers.
/// </summary>
internal sealed class AcceptorRouter : IConnectionRouter
{
    private readonly Dictionary<(string BeginString, string Sender, string Target), FixSession> _sessions = new();
    private readonly List<FixConnection> _unidentified = new();
    private readonly IMessageLog _log;
    private readonly IClock _clock;
    private readonly long _logonTimeoutNs;

    public AcceptorRouter(IEnumerable<FixSession> sessions, IMessageLog log, IClock clock, TimeSpan logonTimeout)
    {
        foreach (FixSession session in sessions)
        {
            _sessions[(session.Id.BeginString, session.Id.SenderCompID, session.Id.TargetCompID)] = session;
        }

        _log = log;
        _clock = clock;
        _logonTimeoutNs = logonTimeout.Ticks * 100;
    }

    public int UnidentifiedCount
    {
        get
        {
            lock (_unidentified)
            {
                return _unidentified.Count;
            }
        }
    }

    /// <summary>A new connection, not yet identified.</summary>
    public void Add(FixConnection connection)
    {
        lock (_unidentified)
        {
            _unidentified.Add(connection);
        }
    }

    public FixSession? Route(FixConnection connection, in FixMessage firstMessage)
    {
        Forget(connection);
        string remote = connection.Channel.RemoteName;
        if (!firstMessage.IsMsgType(FixMsgType.Logon))
        {
            _log.OnEvent($"Connection from {remote} refused: first message is 35={Ascii(firstMessage.MsgType)}, not a Logon");
            Refuse(connection, in firstMessage, null);
            return null;
        }

        // Their SenderCompID is our TargetCompID and the other way round.
        var key = (Ascii(firstMessage.BeginString), Ascii(firstMessage.GetSpan(FixTag.TargetCompID)), Ascii(firstMessage.GetSpan(FixTag.SenderCompID)));
        if (!_sessions.TryGetValue(key, out FixSession? session))
        {
            string text = $"Unknown session {key.Item1}:{key.Item3}->{key.Item2}";
            _log.OnEvent($"Connection from {remote} refused: {text}");
            Refuse(connection, in firstMessage, text);
            return null;
        }

        if (!session.TryAttach(connection, connection.Channel))
        {
            const string text = "Session already logged on: second connection refused";
            session.Log.OnEvent($"Connection from {remote} refused: {text}");
            _log.OnEvent($"Connection from {remote} for {session.Id} refused: {text}");
            Refuse(connection, in firstMessage, text);
            return null;
        }

        return session;
    }

    public void OnClosed(FixConnection connection) => Forget(connection);

    public void OnGarbled(FixConnection connection, ReadOnlySpan<byte> bytes, string reason) =>
        _log.OnEvent($"Garbled input from unidentified connection {connection.Channel.RemoteName} dropped ({reason}): {Ascii(bytes[..Math.Min(bytes.Length, 256)])}");

    /// <summary>Timer tick: closes connections that sent no Logon within the timeout.</summary>
    public void Poll()
    {
        long now = _clock.UtcEpochNanoseconds();
        lock (_unidentified)
        {
            for (int i = _unidentified.Count - 1; i >= 0; i--)
            {
                FixConnection connection = _unidentified[i];
                if (now - connection.OpenedAtNs >= _logonTimeoutNs)
                {
                    _unidentified.RemoveAt(i);
                    _log.OnEvent($"Connection from {connection.Channel.RemoteName} closed: no Logon within the logon timeout");
                    connection.Refuse();
                    connection.Channel.Close(graceful: false);
                }
            }
        }
    }

    /// <summary>Closes every connection still waiting for its Logon (engine shutdown).</summary>
    public void CloseAll()
    {
        lock (_unidentified)
        {
            foreach (FixConnection connection in _unidentified)
            {
                connection.Refuse();
                connection.Channel.Close(graceful: false);
            }

            _unidentified.Clear();
        }
    }

    private void Forget(FixConnection connection)
    {
        lock (_unidentified)
        {
            _unidentified.Remove(connection);
        }
    }

    /// <summary>Sends a Logout with <paramref name="text"/> (MsgSeqNum 1: there is no session to number it) and closes.</summary>
    private void Refuse(FixConnection connection, in FixMessage message, string? text)
    {
        connection.Refuse();
        if (text is not null && TryEncodeLogout(in message, text, out byte[] logout))
        {
            connection.Channel.Send(logout);
            _log.OnOutgoing(logout);
        }

        connection.Channel.Close(graceful: true);
    }

    private bool TryEncodeLogout(in FixMessage message, string text, out byte[] logout)
    {
        logout = [];
        string ourSender = Ascii(message.GetSpan(FixTag.TargetCompID));
        string ourTarget = Ascii(message.GetSpan(FixTag.SenderCompID));
        string beginString = Ascii(message.BeginString);
        if (ourSender.Length == 0 || ourTarget.Length == 0 || beginString.Length == 0 || !IsPrintable(ourSender + ourTarget + beginString))
        {
            return false;
        }

        var encoder = new FixMessageEncoder(ourSender, ourTarget, beginString: beginString);
        var buffer = new byte[512 + text.Length];
        var body = new Messages.Session.Logout { Text = Encoding.ASCII.GetBytes(text) };
        if (!encoder.TryEncode(buffer, 1, _clock.UtcEpochNanoseconds(), in body, out int length))
        {
            return false;
        }

        logout = buffer[..length];
        return true;
    }

    private static bool IsPrintable(string value)
    {
        foreach (char c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}
