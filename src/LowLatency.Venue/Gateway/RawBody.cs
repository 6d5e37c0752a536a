using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// A message body encoded earlier (a delayed or parked message): the session writes a fresh header (MsgSeqNum,
/// SendingTime) and these fields as they are.
/// </summary>
internal readonly ref struct RawBody : IFixMessageBody
{
    private readonly ReadOnlySpan<byte> _fields;
    private readonly byte _msgType;

    public RawBody(byte msgType, ReadOnlySpan<byte> fields)
    {
        _msgType = msgType;
        _fields = fields;
    }

    public ReadOnlySpan<byte> MsgType => MsgTypeBytes(_msgType);

    public void WriteBody(ref FixMessageWriter writer) => writer.WriteRaw(_fields);

    /// <summary>The one-character MsgTypes the venue sends, as spans over data-section literals.</summary>
    public static ReadOnlySpan<byte> MsgTypeBytes(byte msgType) => msgType switch
    {
        (byte)'8' => FixMsgType.ExecutionReport,
        (byte)'9' => FixMsgType.OrderCancelReject,
        (byte)'W' => FixMsgType.MarketDataSnapshotFullRefresh,
        (byte)'X' => FixMsgType.MarketDataIncrementalRefresh,
        (byte)'Y' => FixMsgType.MarketDataRequestReject,
        _ => FixMsgType.BusinessMessageReject,
    };
}
