using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>Logout (35=5), with an optional reason in Text.</summary>
public ref struct Logout : IFixMessageBody
{
    public ReadOnlySpan<byte> Text;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.Logout;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        if (!Text.IsEmpty)
        {
            writer.WriteString(FixTag.Text, Text);
        }
    }

    public static bool TryRead(in FixMessage message, out Logout value)
    {
        value = new Logout { Text = message.GetSpan(FixTag.Text) };
        return message.IsMsgType(FixMsgType.Logout);
    }
}
