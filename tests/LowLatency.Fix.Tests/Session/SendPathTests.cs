using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Session;
using LowLatency.Fix.Store;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>The application's send path: numbering, storing, batching, refusals, and sends racing inbound traffic.</summary>
public sealed class SendPathTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void NothingCanBeSentBeforeLogonAndNoNumberIsUsed(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        Assert.Equal(FixSendResult.NotLoggedOn, TestOrders.Send(h.Session, "EARLY"));
        h.Connect();
        Assert.Equal(FixSendResult.NotLoggedOn, TestOrders.Send(h.Session, "EARLY"));
        long logons = h.Role == LowLatency.Fix.Config.Sessions.ConnectionType.Initiator ? 1 : 0; // an initiator's Logon went out as 1
        Assert.Equal(1 + logons, h.Session.NextSenderSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void SessionLevelMessagesAreTheSessionsOwn(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        var heartbeat = default(Heartbeat);
        Assert.Equal(FixSendResult.AdminMessageType, h.Session.TrySend(in heartbeat));
        var reset = new SequenceReset { NewSeqNo = 100 };
        Assert.Equal(FixSendResult.AdminMessageType, h.Session.TrySend(in reset));
        Assert.Equal(2, h.Session.NextSenderSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ASentMessageTakesTheNextNumberAndIsStoredAsSent(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        Assert.Equal(FixSendResult.Sent, TestOrders.Send(h.Session, "ORD-2"));

        PeerMessage order = h.Peer.Expect("D");
        Assert.Equal((2, SessionHarness.Us, SessionHarness.Them, "ORD-2"), (order.SeqNum, order[49], order[56], order[11]));
        Assert.Equal(3, h.Session.NextSenderSeqNum);
        var stored = new StoredCollector();
        h.Session.Store.VisitRange(1, 10, ref stored);
        Assert.Equal([2L], stored.Numbers);
        Assert.Equal(order.Bytes, stored.Messages[0]);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ABatchIsHeldUntilFlushedThenSentInOrder(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(FixSendResult.Sent, TestOrders.Send(h.Session, $"B-{i}", flush: false));
        }

        Assert.True(h.Session.PendingOutboundBytes > 0);
        Assert.True(h.Peer.ReceivesNothing(Quiet));
        h.Session.Flush();

        Assert.Equal([2, 3, 4, 5, 6], Enumerable.Range(0, 5).Select(_ => h.Peer.Expect("D").SeqNum));
        Assert.Equal(0, h.Session.PendingOutboundBytes);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnUnflushedBatchGoesOutWithTheNextTimerTick(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        TestOrders.Send(h.Session, "FORGOTTEN", flush: false);
        h.Engine.Tick();
        Assert.Equal("FORGOTTEN", h.Peer.Expect("D")[11]);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMessageLargerThanTheSendBufferIsRefusedWithoutUsingANumber(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        var news = new LargeNews(300 * 1024);
        Assert.Equal(FixSendResult.TooLarge, h.Session.TrySend(in news));
        Assert.Equal(2, h.Session.NextSenderSeqNum);
        Assert.Equal(FixSendResult.Sent, TestOrders.Send(h.Session, "AFTER"));
        Assert.Equal(2, h.Peer.Expect("D").SeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void SendsFromAnotherThreadInterleaveSafelyWithReplies(SessionMode mode)
    {
        const int Count = 1000;
        using var h = new SessionHarness(mode);
        h.LogOn();
        var sender = new Thread(() =>
        {
            for (int i = 0; i < Count; i++)
            {
                while (TestOrders.Send(h.Session, $"T-{i}") == FixSendResult.BackPressured)
                {
                    Thread.Yield();
                }
            }
        });
        sender.Start();
        for (int i = 0; i < Count; i++)
        {
            h.Peer.Send("1", $"112=P-{i}"); // each answered by a Heartbeat from the reader thread
        }

        Assert.True(sender.Join(SessionHarness.Timeout));
        var received = Enumerable.Range(0, 2 * Count).Select(_ => h.Peer.Receive()).ToList();
        Assert.Equal(Enumerable.Range(2, 2 * Count), received.Select(m => m.SeqNum)); // one gap-free sequence
        Assert.Equal(Count, received.Count(m => m.MsgType == "D"));
        Assert.Equal(Enumerable.Range(0, Count).Select(i => $"T-{i}"), received.Where(m => m.MsgType == "D").Select(m => m[11]));
        Assert.Equal(Enumerable.Range(0, Count).Select(i => $"P-{i}"), received.Where(m => m.MsgType == "0").Select(m => m[112]));
    }

    /// <summary>Collects stored messages (the store's visitor contract).</summary>
    private struct StoredCollector() : IStoredMessageVisitor
    {
        public List<long> Numbers { get; } = new();

        public List<byte[]> Messages { get; } = new();

        public bool OnMessage(long seqNum, ReadOnlySpan<byte> message)
        {
            Numbers.Add(seqNum);
            Messages.Add(message.ToArray());
            return true;
        }
    }

    /// <summary>A News (35=B) with a Text of the given size: an application message too big for the send buffer.</summary>
    private readonly struct LargeNews(int textLength) : IFixMessageBody
    {
        public ReadOnlySpan<byte> MsgType => "B"u8;

        public void WriteBody(ref FixMessageWriter writer)
        {
            writer.WriteString(148, "headline"u8);
            writer.WriteString(58, new string('x', textLength).AsSpan());
        }
    }
}
