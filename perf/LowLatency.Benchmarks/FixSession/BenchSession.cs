using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Fix.Session;
using Session = LowLatency.Fix.Session.FixSession;
using LowLatency.Fix.Store;
using LowLatency.Fix.Transport;

namespace LowLatency.Benchmarks.FixSession;

/// <summary>
/// A logged-on session with no network behind it (a channel that takes every byte), built through the engine's
/// internal types: what remains is the send path itself — lock, header, encode, store, log, buffer, flush call.
/// </summary>
internal static class BenchSession
{
    public static Session LoggedOn(IMessageStore store, bool persist, ITransportChannel? channel = null)
    {
        var settings = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", "ENGINE", "VENUE1"),
            ConnectionType = ConnectionType.Acceptor,
            SocketAcceptPort = 1,
            PersistMessages = persist,
        };
        var clock = new SystemClock();
        var session = new ApplicationSession<NullApplication>(settings, 0, default, store, NullMessageLog.Instance, new FixValidator(), clock,
            256 * 1024, 64 * 1024 * 1024);
        var connection = new object();
        if (!session.TryAttach(connection, channel ?? new DiscardChannel()))
        {
            throw new InvalidOperationException("attach failed");
        }

        var buffer = new byte[512];
        var logon = new Logon { HeartBtIntSeconds = 30 };
        new FixMessageEncoder("VENUE1", "ENGINE").TryEncode(buffer, 1, clock.UtcEpochNanoseconds(), in logon, out int length);
        var parser = new FixParser();
        parser.TryParse(buffer.AsSpan(0, length), out FixMessage message);
        session.OnMessage(connection, in message);
        if (!session.IsLoggedOn)
        {
            throw new InvalidOperationException("logon failed");
        }

        return session;
    }

    /// <summary>Takes every byte at once: the network's share is measured elsewhere (fix-session-latency).</summary>
    public sealed class DiscardChannel : ITransportChannel
    {
        public string RemoteName => "discard";

        public int Send(ReadOnlySpan<byte> bytes) => bytes.Length;

        public void Close(bool graceful)
        {
        }
    }

    /// <summary>An application that ignores everything.</summary>
    public readonly struct NullApplication : IFixApplication
    {
        public void OnLogon(Session session)
        {
        }

        public void OnLogout(Session session)
        {
        }

        public void OnMessage(Session session, in FixMessage message)
        {
        }

        public void OnReject(Session session, in FixMessage reject)
        {
        }
    }
}
