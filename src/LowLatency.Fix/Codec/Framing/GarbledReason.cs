namespace LowLatency.Fix.Codec.Framing;

/// <summary>Why input was judged garbled, for the session's log line (the spec only says "ignore it").</summary>
public enum GarbledReason : byte
{
    None = 0,

    /// <summary>The input does not start with <c>8=FIX</c>, or BeginString is unterminated or too long.</summary>
    BadBeginString = 1,

    /// <summary>BodyLength (9) is not the second field or is not a number.</summary>
    BadBodyLength = 2,

    /// <summary>BodyLength does not end where <c>10=nnn</c> starts (a wrong byte count).</summary>
    BodyLengthMismatch = 3,

    /// <summary><c>10=</c> is not followed by exactly three digits and SOH.</summary>
    BadCheckSumFormat = 4,

    /// <summary>The CheckSum value differs from the byte sum of the message.</summary>
    CheckSumMismatch = 5,

    /// <summary>BodyLength claims more than the configured maximum message size.</summary>
    MessageTooLarge = 6,
}
