using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Fix.Store;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>Our engine as initiator against C++ QuickFIX as acceptor (the <c>qf</c> peer), over loopback.</summary>
[Trait("Category", "Interop")]
public sealed class QuickFixInitiatorSideTests : InteropTest
{
    private const string Us = "LLFIX";
    private const string Them = "QFVENUE";

    public QuickFixInitiatorSideTests() => FixPeers.Require("qf");

    [Fact]
    public void LogonAndLogoutHandshakeWithQuickFix()
    {
        StartPeer();
        InteropEngine us = Engine().Start();
        us.WaitLoggedOn();
        Assert.Equal(1, us.Recorder.Logons);

        us.Session.Logout("done for today");
        us.WaitDisconnected();
        Assert.True(us.Log.HasEvent("Received Logout answer"), us.Diagnostics());
        Assert.True(us.Recorder.WaitFor(r => r.Logouts == 1));
        Assert.Single(us.Incoming("5"));
    }

    [Fact]
    public void OrdersAreFilledByQuickFix()
    {
        StartPeer();
        InteropEngine us = Engine().Start();
        us.WaitLoggedOn();
        for (int i = 1; i <= 5; i++)
        {
            Assert.Equal(FixSendResult.Sent, TestOrders.Send(us.Session, $"LL-{i}"));
        }

        Assert.True(us.Recorder.WaitFor(r => r.Messages.Count == 5, InteropEngine.Timeout), us.Diagnostics());
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"LL-{i}"), us.Recorder.Messages.Select(m => FixText.ValueOf(m, 11)));
        Assert.All(us.Recorder.Messages, m => Assert.Equal(("F", "2", "2.5"), (FixText.ValueOf(m, 150), FixText.ValueOf(m, 39), FixText.ValueOf(m, 14))));
        Assert.Empty(us.Incoming("3"));
    }

    [Fact]
    public void HeartbeatsFlowBothWaysAndTestRequestsAreAnswered()
    {
        PeerProcess qf = StartPeer();
        var clock = new OffsetClock();
        InteropEngine us = Engine(clock: clock, heartBtInt: 1).Start();
        us.WaitLoggedOn();
        Assert.True(Wait.Until(() => us.Incoming("0").Count >= 2 && us.Outgoing("0").Count >= 2, InteropEngine.Timeout), us.Diagnostics());

        clock.Shift(TimeSpan.FromSeconds(1.5)); // QuickFIX looks silent to us: we send a TestRequest
        Assert.True(Wait.Until(() => us.Outgoing("1").Count >= 1, InteropEngine.Timeout), us.Diagnostics());
        string ourId = FixText.ValueOf(us.Outgoing("1")[0], 112)!;
        Assert.True(Wait.Until(() => us.Incoming("0").Any(m => FixText.ValueOf(m, 112) == ourId), InteropEngine.Timeout), us.Diagnostics());

        clock.Shift(TimeSpan.FromSeconds(-6)); // we stop sending for a while: QuickFIX sends a TestRequest
        Assert.True(Wait.Until(() => us.Incoming("1").Count >= 1, InteropEngine.Timeout), us.Diagnostics());
        string theirId = FixText.ValueOf(us.Incoming("1")[0], 112)!;
        Assert.True(Wait.Until(() => us.Outgoing("0").Any(m => FixText.ValueOf(m, 112) == theirId), InteropEngine.Timeout), us.Diagnostics());
        Assert.True(us.Session.IsLoggedOn);
        Assert.Contains($"112={theirId}", qf.MessagesLog(), StringComparison.Ordinal);
    }

    [Fact]
    public void MessagesQuickFixMissedAreResentFromOurStoreWithPossDup()
    {
        string store = Dir.File("ours");
        PeerProcess qf = StartPeer("--store", Dir.File("qf-store"), "--reset", "N");
        using (InteropEngine first = Engine(storePath: store).Start())
        {
            first.WaitLoggedOn();
            TestOrders.Send(first.Session, "BEFORE-1");
            Assert.True(first.Recorder.WaitFor(r => r.Messages.Count == 1, InteropEngine.Timeout));
            first.Session.Logout();
            first.WaitDisconnected();
        }

        // Two orders that "were sent" but never reached QuickFIX: in our store, numbered, but not on its wire.
        long lost = StoreLostOrders(store, "LOST-1", "LOST-2");
        InteropEngine us = Engine(storePath: store).Start();
        us.WaitLoggedOn();

        Assert.True(us.Recorder.WaitFor(r => r.Messages.Count == 2, InteropEngine.Timeout), us.Diagnostics());
        Assert.Equal(["LOST-1", "LOST-2"], us.Recorder.Messages.Select(m => FixText.ValueOf(m, 11)));
        PeerMessage[] resent = us.Outgoing("D").Select(m => new PeerMessage(FixText.ToBytes(m))).ToArray();
        Assert.Equal([(int)lost, (int)lost + 1], resent.Select(m => m.SeqNum));
        Assert.All(resent, m => Assert.True(m.PossDup && m.Has(122)));
        Assert.Contains("|35=2|", qf.MessagesLog(), StringComparison.Ordinal);
        Assert.Contains($"|35=4|", string.Join('\n', us.Log.Outgoing), StringComparison.Ordinal); // our Logon is gap-filled
    }

    [Fact]
    public void MessagesWeMissedAreAskedForAndQuickFixResendsThem()
    {
        string store = Dir.File("ours");
        PeerProcess qf = StartPeer("--store", Dir.File("qf-store"), "--reset", "N");
        long expected;
        using (InteropEngine first = Engine(storePath: store).Start())
        {
            first.WaitLoggedOn();
            TestOrders.Send(first.Session, "FILL-1");
            TestOrders.Send(first.Session, "FILL-2");
            Assert.True(first.Recorder.WaitFor(r => r.Messages.Count == 2, InteropEngine.Timeout));
            expected = first.Session.NextTargetSeqNum - 2; // the number of the first fill
            first.Session.Logout();
            first.WaitDisconnected();
        }

        SetNextTarget(store, expected); // as if both fills were lost: QuickFIX's numbers now look too high
        InteropEngine us = Engine(storePath: store).Start();
        us.WaitLoggedOn();

        Assert.True(us.Recorder.WaitFor(r => r.Messages.Count == 2, InteropEngine.Timeout), us.Diagnostics());
        Assert.All(us.Recorder.Messages, m => Assert.Equal("Y", FixText.ValueOf(m, 43)));
        Assert.Equal(["FILL-1", "FILL-2"], us.Recorder.Messages.Select(m => FixText.ValueOf(m, 11)));
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), FixText.ValueOf(us.Outgoing("2")[0], 7));
        Assert.True(Wait.Until(() => us.Log.HasEvent("satisfied"), InteropEngine.Timeout), us.Diagnostics());
        Assert.Empty(us.Incoming("3"));
    }

    [Fact]
    public void BothSidesRestartOnTheirFileStoresAndResumeTheirNumbers()
    {
        string store = Dir.File("ours");
        string qfStore = Dir.File("qf-store");
        long sender;
        long target;
        using (PeerProcess first = StartPeer("--store", qfStore, "--reset", "N"))
        using (InteropEngine us = Engine(storePath: store).Start())
        {
            us.WaitLoggedOn();
            TestOrders.Send(us.Session, "DAY1");
            Assert.True(us.Recorder.WaitFor(r => r.Messages.Count == 1, InteropEngine.Timeout));
            us.Session.Logout();
            us.WaitDisconnected();
            (sender, target) = (us.Session.NextSenderSeqNum, us.Session.NextTargetSeqNum);
        }

        PeerProcess again = StartPeer("--store", qfStore, "--reset", "N");
        InteropEngine restarted = Engine(storePath: store).Start();
        Assert.Equal((sender, target), (restarted.Session.NextSenderSeqNum, restarted.Session.NextTargetSeqNum));
        restarted.WaitLoggedOn();
        TestOrders.Send(restarted.Session, "DAY2");
        Assert.True(restarted.Recorder.WaitFor(r => r.Messages.Count == 1, InteropEngine.Timeout), restarted.Diagnostics());

        Assert.Equal((int)sender, new PeerMessage(FixText.ToBytes(restarted.Outgoing("A")[0])).SeqNum);
        Assert.Equal((int)target, new PeerMessage(FixText.ToBytes(restarted.Incoming("A")[0])).SeqNum);
        Assert.Empty(restarted.Outgoing("2"));
        Assert.Empty(restarted.Incoming("2"));
    }

    private PeerProcess StartPeer(params string[] extra)
    {
        return Track(PeerProcess.StartAcceptor("qf", Port, Them, Us, NextLogDirectory("qf"), extra));
    }

    private InteropEngine Engine(IClock? clock = null, string? storePath = null, int heartBtInt = 30)
    {
        return Track(new InteropEngine(ConnectionType.Initiator, Port, Us, Them, clock, storePath, heartBtInt));
    }

    /// <summary>Stores two NewOrderSingles at the next numbers of our closed file store and moves past them; returns the first number.</summary>
    private static long StoreLostOrders(string storePath, params string[] clOrdIds)
    {
        using FileMessageStore store = OpenStore(storePath, Us, Them);
        var encoder = new FixMessageEncoder(Us, Them);
        long first = store.NextSenderSeqNum;
        var buffer = new byte[1024];
        foreach (string id in clOrdIds)
        {
            var order = new NewOrderSingle
            {
                ClOrdId = System.Text.Encoding.ASCII.GetBytes(id),
                HandlInst = '1',
                Symbol = "ACME"u8,
                Side = '1',
                TransactTimeNanos = new SystemClock().UtcEpochNanoseconds(),
                OrderQty = new Quantity(100, 0),
                OrdType = '2',
                Price = new Price(125, 1),
            };
            Assert.True(encoder.TryEncode(buffer, (int)store.NextSenderSeqNum, new SystemClock().UtcEpochNanoseconds(), in order, out int length));
            store.Store(store.NextSenderSeqNum, buffer.AsSpan(0, length));
            store.IncrementNextSenderSeqNum();
        }

        return first;
    }

    private static void SetNextTarget(string storePath, long value)
    {
        using FileMessageStore store = OpenStore(storePath, Us, Them);
        store.SetNextTargetSeqNum(value);
    }
}
