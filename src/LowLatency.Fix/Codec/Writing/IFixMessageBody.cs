namespace LowLatency.Fix.Codec.Writing;

/// <summary>
/// A message body the encoder can write after the session header: implemented by the message structs
/// (<c>NewOrderSingle</c>, <c>Heartbeat</c> …) and by callers' own structs; used as a constrained generic so
/// the call is direct and nothing is boxed.
/// </summary>
public interface IFixMessageBody
{
    /// <summary>The MsgType (35) value, e.g. <c>"D"u8</c>.</summary>
    ReadOnlySpan<byte> MsgType { get; }

    /// <summary>Writes the body fields (everything after the standard header).</summary>
    void WriteBody(ref FixMessageWriter writer);
}
