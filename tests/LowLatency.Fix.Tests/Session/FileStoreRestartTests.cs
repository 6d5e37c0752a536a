using LowLatency.Fix.Config.Sessions;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>A restarted engine on the same file store resumes both sequence numbers and answers a ResendRequest from disk.</summary>
public sealed class FileStoreRestartTests
{
    public static TheoryData<SessionMode> SocketModes => [SessionMode.AcceptorOverSockets, SessionMode.InitiatorOverSockets];

    [Theory]
    [MemberData(nameof(SocketModes))]
    public void TheRestartedEngineResumesItsNumbersAndResendsFromDisk(SessionMode mode)
    {
        using var dir = new TestDirectory();
        var options = new HarnessOptions { FileStorePath = dir.File("store") };
        var originals = new List<PeerMessage>();
        using (var first = new SessionHarness(mode, options))
        {
            first.LogOn();
            for (int i = 2; i <= 4; i++)
            {
                TestOrders.Send(first.Session, $"ORD-{i}");
                originals.Add(first.Peer.Expect("D"));
            }

            first.Peer.Send("D", TestOrders.Body("THEIRS-2"));
            Assert.True(first.Recorder.WaitFor(r => r.Messages.Count == 1));
            first.Peer.Send("5");
            first.Peer.Expect("5");
            Assert.True(first.WaitDisconnected());
        }

        using var second = new SessionHarness(mode, options);
        Assert.Equal(6, second.Session.NextSenderSeqNum); // Logon, three orders, Logout answer
        Assert.Equal(4, second.Session.NextTargetSeqNum); // their Logon, order, Logout
        second.Connect();
        second.Peer.NextSeqNum = 4;
        if (second.Role == ConnectionType.Acceptor)
        {
            second.Peer.SendLogon();
            Assert.Equal(6, second.Peer.Expect("A").SeqNum);
        }
        else
        {
            Assert.Equal(6, second.Peer.Expect("A").SeqNum);
            second.Peer.SendLogon();
        }

        Assert.True(Testing.Wait.Until(() => second.Session.IsLoggedOn, SessionHarness.Timeout));
        second.Peer.Send("2", "7=2|16=4");
        foreach (PeerMessage original in originals)
        {
            PeerMessage resent = second.Peer.Expect("D");
            Assert.Equal((original.SeqNum, original[11], original[52]), (resent.SeqNum, resent[11], resent[122]));
            Assert.True(resent.PossDup);
        }

        Assert.Equal(7, second.Session.NextSenderSeqNum);
    }
}
