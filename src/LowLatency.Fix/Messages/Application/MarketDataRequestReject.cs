using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>MarketDataRequestReject (35=Y): a subscription the venue refused (e.g. unknown symbol).</summary>
public ref struct MarketDataRequestReject : IFixMessageBody
{
    public ReadOnlySpan<byte> MdReqId;

    /// <summary>MDReqRejReason (281); '\0' = not sent.</summary>
    public char Reason;
    public ReadOnlySpan<byte> Text;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.MarketDataRequestReject;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteString(FixTag.MDReqID, MdReqId);
        OrderFields.WriteOptional(ref writer, FixTag.MDReqRejReason, Reason);
        OrderFields.WriteOptional(ref writer, FixTag.Text, Text);
    }

    public static bool TryRead(in FixMessage message, out MarketDataRequestReject value)
    {
        value = new MarketDataRequestReject { MdReqId = message.GetSpan(FixTag.MDReqID), Text = message.GetSpan(FixTag.Text) };
        message.TryGetChar(FixTag.MDReqRejReason, out value.Reason);
        return !value.MdReqId.IsEmpty && message.IsMsgType(FixMsgType.MarketDataRequestReject);
    }
}
