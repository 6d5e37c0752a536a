using System.Net;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Transport;

/// <summary>The socket reader thread: busy-polling (ReceiveSpinCount) delivers exactly like parking in poll(2).</summary>
public sealed class SocketReceiverTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(20_000)]
    public void TheReaderDeliversWhetherItParksOrSpins(int receiveSpinCount)
    {
        var clock = new FakeClock();
        int port = FreePort.Next();
        var settings = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", "LLFIX", "PEER"),
            ConnectionType = ConnectionType.Acceptor,
            SocketAcceptPort = port,
            SocketAcceptAddress = IPAddress.Loopback,
        };
        var recorder = new ApplicationRecorder();
        using var engine = new FixEngine<RecordingApplication>([settings], new RecordingApplication(recorder), new FixEngineOptions
        {
            Clock = clock,
            TimerInterval = TimeSpan.FromHours(1),
            ReceiveSpinCount = receiveSpinCount,
            SessionLogFactory = _ => new RecordingMessageLog(),
            EngineLog = new RecordingMessageLog(),
        });
        engine.Start();
        using FixTestPeer peer = FixTestPeer.Connect(new IPEndPoint(IPAddress.Loopback, port), "PEER", "LLFIX", clock);
        peer.SendLogon();
        peer.Expect("A");
        for (int i = 0; i < 50; i++)
        {
            peer.Send("1", $"112=T-{i}");
            Assert.Equal($"T-{i}", peer.Expect("0")[112]);
        }

        peer.Send("D", TestOrders.Body());
        Assert.True(recorder.WaitFor(r => r.Messages.Count == 1));
    }
}
