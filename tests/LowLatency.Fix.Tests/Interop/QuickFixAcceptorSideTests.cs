using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Store;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>
/// Our engine as acceptor (a venue that fills every order) against C++ QuickFIX as initiator (the <c>qf</c> peer): it
/// logs on, sends its orders one at a time, logs out and exits 0 only when every order was filled.
/// </summary>
[Trait("Category", "Interop")]
public sealed class QuickFixAcceptorSideTests : InteropTest
{
    private const string Us = "LLVENUE";
    private const string Them = "QFCLIENT";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public QuickFixAcceptorSideTests() => FixPeers.Require("qf");

    [Fact]
    public void QuickFixLogsOnTradesAndLogsOutWithUs()
    {
        InteropEngine us = Engine().Start();
        PeerProcess qf = RunPeer("--orders", "1");

        Assert.True(qf.WaitForExit(RunTimeout) == 0, qf.Output + us.Diagnostics());
        us.WaitDisconnected();
        Assert.Equal((1, 1), (us.Recorder.Logons, us.Recorder.Logouts));
        Assert.True(us.Log.HasEvent("Received Logout request"), us.Diagnostics());
        Assert.Single(us.Outgoing("5")); // our answer
    }

    [Fact]
    public void EveryOrderFromQuickFixIsFilled()
    {
        InteropEngine us = Engine().Start();
        PeerProcess qf = RunPeer("--orders", "5");

        Assert.True(qf.WaitForExit(RunTimeout) == 0, qf.Output + us.Diagnostics());
        Assert.Equal(5, us.Recorder.Messages.Count);
        Assert.Equal(5, us.Filler.FillsSent);
        Assert.Contains("5/5 filled -> OK", qf.Output, StringComparison.Ordinal);
        Assert.Empty(us.Incoming("3"));
    }

    [Fact]
    public void HeartbeatsFlowBothWaysAndTestRequestsAreAnswered()
    {
        var clock = new OffsetClock();
        var filler = new OrderFiller { Hold = true }; // the order waits: the session lives while we watch heartbeats
        InteropEngine us = Engine(clock: clock, filler: filler).Start();
        PeerProcess qf = RunPeer("--orders", "1", "--heartbeat", "1");
        us.WaitLoggedOn();
        Assert.Equal(1, us.Session.HeartBtIntSeconds); // the initiator's interval
        Assert.True(Wait.Until(() => us.Incoming("0").Count >= 2 && us.Outgoing("0").Count >= 2, InteropEngine.Timeout), us.Diagnostics());

        clock.Shift(TimeSpan.FromSeconds(1.5)); // QuickFIX looks silent: we ask with a TestRequest
        Assert.True(Wait.Until(() => us.Outgoing("1").Count >= 1, InteropEngine.Timeout), us.Diagnostics());
        string ourId = FixText.ValueOf(us.Outgoing("1")[0], 112)!;
        Assert.True(Wait.Until(() => us.Incoming("0").Any(m => FixText.ValueOf(m, 112) == ourId), InteropEngine.Timeout), us.Diagnostics());

        clock.Shift(TimeSpan.FromSeconds(-6)); // we go quiet: QuickFIX asks with a TestRequest
        Assert.True(Wait.Until(() => us.Incoming("1").Count >= 1, InteropEngine.Timeout), us.Diagnostics());
        string theirId = FixText.ValueOf(us.Incoming("1")[0], 112)!;
        Assert.True(Wait.Until(() => us.Outgoing("0").Any(m => FixText.ValueOf(m, 112) == theirId), InteropEngine.Timeout), us.Diagnostics());

        filler.ReleaseHeld(us.Session);
        Assert.True(qf.WaitForExit(RunTimeout) == 0, qf.Output + us.Diagnostics());
    }

    [Fact]
    public void AGapQuickFixSeesInOurNumbersIsGapFilled()
    {
        string store = Dir.File("ours");
        string qfStore = Dir.File("qf-store");
        using (InteropEngine first = Engine(storePath: store).Start())
        {
            Assert.True(RunPeer("--orders", "1", "--store", qfStore, "--reset", "N").WaitForExit(RunTimeout) == 0);
            first.WaitDisconnected();
        }

        long skipped = AdvanceNextSender(store, 3); // three numbers "sent" but never stored: only a gap fill can cover them
        InteropEngine us = Engine(storePath: store).Start();
        PeerProcess qf = RunPeer("--orders", "1", "--store", qfStore, "--reset", "N");

        Assert.True(qf.WaitForExit(RunTimeout) == 0, qf.Output + us.Diagnostics());
        Assert.Single(us.Incoming("2"));
        PeerMessage gapFill = new(FixText.ToBytes(us.Outgoing("4")[0]));
        Assert.Equal(((int)skipped, "Y", "Y"), (gapFill.SeqNum, gapFill[123], gapFill[43]));
        Assert.Contains("|35=4|", qf.MessagesLog(), StringComparison.Ordinal);
    }

    [Fact]
    public void OrdersWeMissedAreAskedForResentByQuickFixAndNotFilledTwice()
    {
        string store = Dir.File("ours");
        string qfStore = Dir.File("qf-store");
        var filler = new OrderFiller(); // remembers what it filled, as a venue must across reconnects
        long firstOrder;
        string?[] firstDay;
        using (InteropEngine first = Engine(storePath: store, filler: filler).Start())
        {
            Assert.True(RunPeer("--orders", "2", "--store", qfStore, "--reset", "N").WaitForExit(RunTimeout) == 0);
            first.WaitDisconnected();
            firstOrder = first.Session.NextTargetSeqNum - 3; // two orders and the Logout came after the Logon
            firstDay = first.Recorder.Messages.Select(m => FixText.ValueOf(m, 11)).ToArray();
        }

        SetNextTarget(store, firstOrder); // as if the two orders never arrived
        InteropEngine us = Engine(storePath: store, filler: filler).Start();
        PeerProcess qf = RunPeer("--orders", "1", "--store", qfStore, "--reset", "N");

        Assert.True(qf.WaitForExit(RunTimeout) == 0, qf.Output + us.Diagnostics());
        Assert.Equal(firstOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), FixText.ValueOf(us.Outgoing("2")[0], 7));
        // The first day's orders come back with PossDupFlag=Y (QuickFIX may also resend its new order if it sent it
        // before it read our ResendRequest); they are not filled again.
        string?[] resent = us.Recorder.Messages.Where(m => FixText.ValueOf(m, 43) == "Y").Select(m => FixText.ValueOf(m, 11)).ToArray();
        Assert.Equal(firstDay, resent.Take(2));
        Assert.Equal(3, filler.FillsSent); // two on the first day, one new: the resent ones were not filled again
    }

    [Fact]
    public void BothSidesRestartOnTheirFileStoresAndResumeTheirNumbers()
    {
        string store = Dir.File("ours");
        string qfStore = Dir.File("qf-store");
        long sender;
        long target;
        using (InteropEngine first = Engine(storePath: store).Start())
        {
            Assert.True(RunPeer("--orders", "1", "--store", qfStore, "--reset", "N").WaitForExit(RunTimeout) == 0);
            first.WaitDisconnected();
            (sender, target) = (first.Session.NextSenderSeqNum, first.Session.NextTargetSeqNum);
        }

        InteropEngine us = Engine(storePath: store).Start();
        Assert.Equal((sender, target), (us.Session.NextSenderSeqNum, us.Session.NextTargetSeqNum));
        PeerProcess qf = RunPeer("--orders", "1", "--store", qfStore, "--reset", "N");

        Assert.True(qf.WaitForExit(RunTimeout) == 0, qf.Output + us.Diagnostics());
        Assert.Equal((int)target, new PeerMessage(FixText.ToBytes(us.Incoming("A")[0])).SeqNum);
        Assert.Equal((int)sender, new PeerMessage(FixText.ToBytes(us.Outgoing("A")[0])).SeqNum);
        Assert.Empty(us.Incoming("2"));
        Assert.Empty(us.Outgoing("2"));
    }

    private PeerProcess RunPeer(params string[] extra)
    {
        return Track(PeerProcess.StartInitiator("qf", Port, Them, Us, NextLogDirectory("qf"), extra));
    }

    private InteropEngine Engine(LowLatency.Core.Time.IClock? clock = null, string? storePath = null, OrderFiller? filler = null)
    {
        return Track(new InteropEngine(ConnectionType.Acceptor, Port, Us, Them, clock, storePath, filler: filler));
    }

    private static long AdvanceNextSender(string path, int by)
    {
        using FileMessageStore store = OpenStore(path, Us, Them);
        long next = store.NextSenderSeqNum;
        store.SetNextSenderSeqNum(next + by);
        return next;
    }

    private static void SetNextTarget(string path, long value)
    {
        using FileMessageStore store = OpenStore(path, Us, Them);
        store.SetNextTargetSeqNum(value);
    }
}
