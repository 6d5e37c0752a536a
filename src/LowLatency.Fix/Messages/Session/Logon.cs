using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>Logon (35=A): EncryptMethod (always 0 here), HeartBtInt, ResetSeqNumFlag, optional Username/Password.</summary>
public ref struct Logon : IFixMessageBody
{
    public int EncryptMethod;
    public int HeartBtIntSeconds;
    public bool ResetSeqNumFlag;
    public ReadOnlySpan<byte> Username;
    public ReadOnlySpan<byte> Password;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.Logon;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteInt(FixTag.EncryptMethod, EncryptMethod);
        writer.WriteInt(FixTag.HeartBtInt, HeartBtIntSeconds);
        if (ResetSeqNumFlag)
        {
            writer.WriteBool(FixTag.ResetSeqNumFlag, true);
        }

        if (!Username.IsEmpty)
        {
            writer.WriteString(FixTag.Username, Username);
        }

        if (!Password.IsEmpty)
        {
            writer.WriteString(FixTag.Password, Password);
        }
    }

    public static bool TryRead(in FixMessage message, out Logon value)
    {
        value = new Logon { Username = message.GetSpan(FixTag.Username), Password = message.GetSpan(FixTag.Password) };
        message.TryGetBool(FixTag.ResetSeqNumFlag, out value.ResetSeqNumFlag);
        return message.TryGetInt(FixTag.EncryptMethod, out value.EncryptMethod) &
               message.TryGetInt(FixTag.HeartBtInt, out value.HeartBtIntSeconds) &&
               message.IsMsgType(FixMsgType.Logon);
    }
}
