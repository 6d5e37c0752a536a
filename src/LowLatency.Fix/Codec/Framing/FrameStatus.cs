namespace LowLatency.Fix.Codec.Framing;

/// <summary>What the framer found at the start of the input: the session's three ways forward.</summary>
public enum FrameStatus : byte
{
    /// <summary>Not enough bytes yet to decide; nothing is consumed (partial TCP reads are normal).</summary>
    NeedMoreData = 0,

    /// <summary>A whole message whose BodyLength and CheckSum are right.</summary>
    Complete = 1,

    /// <summary>Not a valid FIX frame: the session drops <see cref="FrameResult.Length"/> bytes (FIX: garbled messages are ignored) and carries on.</summary>
    Garbled = 2,
}
