using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Session;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>
/// Plain order flow against jspurefix (the <c>js</c> peer), a deliberately different engine: other header order,
/// ResetSeqNumFlag on every Logon. Both directions.
/// </summary>
[Trait("Category", "Interop")]
public sealed class JsPureFixTests : InteropTest
{

    public JsPureFixTests() => FixPeers.Require("js");

    [Fact]
    public void OurOrdersAreFilledByJsPureFix()
    {
        PeerProcess js = Track(PeerProcess.StartAcceptor("js", Port, "JSVENUE", "LLFIX", NextLogDirectory("js")));
        InteropEngine us = Track(new InteropEngine(ConnectionType.Initiator, Port, "LLFIX", "JSVENUE"));
        us.Start().WaitLoggedOn();
        for (int i = 1; i <= 3; i++)
        {
            Assert.Equal(FixSendResult.Sent, TestOrders.Send(us.Session, $"LL-JS-{i}"));
        }

        Assert.True(us.Recorder.WaitFor(r => r.Messages.Count == 3, InteropEngine.Timeout), us.Diagnostics() + js.MessagesLog());
        Assert.Equal(["LL-JS-1", "LL-JS-2", "LL-JS-3"], us.Recorder.Messages.Select(m => FixText.ValueOf(m, 11)));
        Assert.All(us.Recorder.Messages, m => Assert.Equal(("F", "2"), (FixText.ValueOf(m, 150), FixText.ValueOf(m, 39))));
        Assert.Empty(us.Incoming("3"));
        Assert.Empty(us.Outgoing("3"));
        us.Session.Logout();
        us.WaitDisconnected();
    }

    [Fact]
    public void JsPureFixOrdersAreFilledByUs()
    {
        InteropEngine us = Track(new InteropEngine(ConnectionType.Acceptor, Port, "LLVENUE", "JSCLIENT")).Start();
        PeerProcess js = Track(PeerProcess.StartInitiator("js", Port, "JSCLIENT", "LLVENUE", NextLogDirectory("js"), "--orders=3"));

        Assert.True(js.WaitForExit(TimeSpan.FromSeconds(60)) == 0, js.Output + us.Diagnostics());
        Assert.Equal(3, us.Filler.FillsSent);
        Assert.Empty(us.Outgoing("3"));
        Assert.Contains("3/3 filled -> OK", js.Output, StringComparison.Ordinal);
    }
}
