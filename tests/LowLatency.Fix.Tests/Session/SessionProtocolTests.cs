using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Fix.Session;
using LowLatency.Fix.Store;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>
/// The session state machine alone, with no transport at all: a struct output over a fixed buffer, a fake clock,
/// parsed messages fed in. Shows the machine is I/O free and pins the back-pressure contract.
/// </summary>
public sealed class SessionProtocolTests
{
    private readonly FakeClock _clock = new();
    private readonly MemoryMessageStore _store;
    private readonly SessionProtocol _protocol;
    private readonly Capture _capture;
    private readonly FixParser _parser = new();
    private RecordingApplication _app = new(new ApplicationRecorder());

    public SessionProtocolTests()
    {
        _store = new MemoryMessageStore(_clock);
        var settings = new FixSessionSettings { SessionId = new FixSessionId("FIX.4.4", "US", "THEM"), ConnectionType = ConnectionType.Acceptor, SocketAcceptPort = 1 };
        _protocol = new SessionProtocol(settings, _store, new RecordingMessageLog(), new FixValidator());
        _capture = new Capture(4096);
        var output = new CaptureOutput(_capture);
        _protocol.OnConnected(ref output, Now);
        Feed("A", 1, "98=0|108=30");
        Assert.Equal(FixSessionStatus.LoggedOn, _protocol.Status);
        Assert.Equal("A", _capture.Messages[0].MsgType);
    }

    private long Now => _clock.UtcEpochNanoseconds();

    [Fact]
    public void AFullOutputIsBackPressureAndUsesNoSequenceNumber()
    {
        _capture.Draining = false; // the socket takes nothing
        int sent = 0;
        FixSendResult result;
        while ((result = Send("ORD-" + sent)) == FixSendResult.Sent)
        {
            sent++;
        }

        Assert.Equal(FixSendResult.BackPressured, result);
        Assert.True(sent > 10);
        Assert.Equal(2 + sent, _store.NextSenderSeqNum);
        Assert.Equal(1 + sent, _capture.Messages.Count);

        _capture.Draining = true; // the socket drains: sending resumes at the next number
        Assert.Equal(FixSendResult.Sent, Send("AFTER"));
        Assert.Equal(2 + sent, _capture.Messages[^1].SeqNum);
    }

    [Fact]
    public void AMessageLargerThanAnEmptyOutputIsTooLarge()
    {
        var news = new TextMessage(new string('x', 5000));
        var output = new CaptureOutput(_capture);
        Assert.Equal(FixSendResult.TooLarge, _protocol.TrySendApplication(ref output, in news, Now, flush: true));
        Assert.Equal(2, _store.NextSenderSeqNum);
    }

    [Fact]
    public void TimersRunFromPollAloneWithTheTimeGivenIn()
    {
        var output = new CaptureOutput(_capture);
        _protocol.Poll(ref output, Now + 29_000_000_000);
        Assert.Single(_capture.Messages);
        _protocol.Poll(ref output, Now + 30_000_000_000);
        Assert.Equal("0", _capture.Messages[^1].MsgType);
        _protocol.Poll(ref output, Now + 36_000_000_000);
        Assert.Equal("1", _capture.Messages[^1].MsgType);
        _protocol.Poll(ref output, Now + 72_000_000_000);
        Assert.Equal(FixSessionStatus.Disconnecting, _protocol.Status);
        Assert.True(_capture.Disconnected);
    }

    private FixSendResult Send(string clOrdId)
    {
        var output = new CaptureOutput(_capture);
        var order = new LowLatency.Fix.Messages.Application.NewOrderSingle
        {
            ClOrdId = System.Text.Encoding.ASCII.GetBytes(clOrdId),
            Symbol = "X"u8,
            Side = '1',
            TransactTimeNanos = Now,
            OrderQty = new LowLatency.Core.FixedPoint.Quantity(1, 0),
            OrdType = '1',
        };
        return _protocol.TrySendApplication(ref output, in order, Now, flush: true);
    }

    private void Feed(string msgType, int seq, string body)
    {
        byte[] bytes = FixMessageBuilder.Valid($"35={msgType}|34={seq}|49=THEM|52={FixTestPeer.Timestamp(Now)}|56=US|{body}");
        Assert.True(_parser.TryParse(bytes, out FixMessage message));
        var output = new CaptureOutput(_capture);
        _protocol.OnMessage(ref output, ref _app, null!, in message, Now);
    }

    /// <summary>A fixed buffer standing in for the socket: committed messages are recorded; it drains only when told to.</summary>
    private sealed class Capture(int capacity)
    {
        public byte[] Buffer { get; } = new byte[capacity];

        public int Tail { get; set; }

        public bool Draining { get; set; } = true;

        public bool Disconnected { get; set; }

        public List<PeerMessage> Messages { get; } = new();
    }

    private readonly struct CaptureOutput(Capture capture) : ISessionOutput
    {
        public bool IsConnected => !capture.Disconnected;

        public int Capacity => capture.Buffer.Length;

        public Span<byte> GetBuffer(int minimumLength)
        {
            if (capture.Draining && capture.Buffer.Length - capture.Tail < minimumLength)
            {
                capture.Tail = 0;
            }

            return capture.Buffer.AsSpan(capture.Tail);
        }

        public bool TryGrow(int minimumLength) => false;

        public void Commit(int length)
        {
            capture.Messages.Add(new PeerMessage(capture.Buffer.AsSpan(capture.Tail, length).ToArray()));
            capture.Tail += length;
        }

        public void Flush()
        {
            if (capture.Draining)
            {
                capture.Tail = 0;
            }
        }

        public void Disconnect() => capture.Disconnected = true;
    }

    private readonly struct TextMessage(string text) : IFixMessageBody
    {
        public ReadOnlySpan<byte> MsgType => "B"u8;

        public void WriteBody(ref FixMessageWriter writer)
        {
            writer.WriteString(148, "h"u8);
            writer.WriteString(58, text.AsSpan());
        }
    }
}
