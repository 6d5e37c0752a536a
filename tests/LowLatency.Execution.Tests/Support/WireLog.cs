using LowLatency.Core.Ids;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Execution.Tests.Support;

/// <summary>
/// The venue side of <see cref="RecordingSink"/>: one real FixMessageEncoder per venue, sequence numbers, a
/// "connected" switch per venue (a down session refuses to send), and the frames sent (copied only when
/// <see cref="Capture"/> is on, so allocation tests can run with it off).
/// </summary>
internal sealed class WireLog
{
    private readonly Dictionary<int, FixMessageEncoder> _encoders = [];
    private readonly Dictionary<int, int> _seq = [];
    private readonly HashSet<int> _down = [];
    private readonly byte[] _buffer = new byte[4096];

    public bool Capture { get; set; } = true;

    public long UtcNow { get; set; } = 1_767_603_600_000_000_000; // 2026-01-05 09:00 UTC

    public List<SentMessage> Sent { get; } = [];

    public long SendCount { get; private set; }

    public int LastLength { get; private set; }

    public ReadOnlySpan<byte> LastFrame => _buffer.AsSpan(0, LastLength);

    public void SetDown(VenueId venue, bool down)
    {
        if (down)
        {
            _down.Add(venue.Value);
        }
        else
        {
            _down.Remove(venue.Value);
        }
    }

    public bool Send<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (_down.Contains(venue.Value))
        {
            return false;
        }

        if (!_encoders.TryGetValue(venue.Value, out FixMessageEncoder? encoder))
        {
            encoder = new FixMessageEncoder("ENGINE", "VENUE" + venue.Value, TimestampPrecision.Nanoseconds);
            _encoders[venue.Value] = encoder;
            _seq[venue.Value] = 0;
        }

        int seq = ++_seq[venue.Value];
        Assert.True(encoder.TryEncode(_buffer, seq, UtcNow, in body, out int length), "message did not fit");
        LastLength = length;
        SendCount++;
        if (Capture)
        {
            Sent.Add(SentMessage.Parse(venue, _buffer.AsSpan(0, length).ToArray()));
        }

        return true;
    }

    public SentMessage Last => Sent[^1];

    public List<SentMessage> OfType(string msgType) => Sent.FindAll(m => m.MsgType == msgType);
}
