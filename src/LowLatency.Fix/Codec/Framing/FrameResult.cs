namespace LowLatency.Fix.Codec.Framing;

/// <summary>
/// The framer's verdict on the front of a buffer. <see cref="Length"/> is the message length when
/// <see cref="FrameStatus.Complete"/>, the number of bytes to discard when <see cref="FrameStatus.Garbled"/>
/// (always &gt; 0, resynchronised on the next <c>8=FIX</c>), and 0 when more data is needed.
/// </summary>
public readonly struct FrameResult : IEquatable<FrameResult>
{
    private FrameResult(FrameStatus status, int length, GarbledReason reason)
    {
        Status = status;
        Length = length;
        Reason = reason;
    }

    public FrameStatus Status { get; }

    public int Length { get; }

    public GarbledReason Reason { get; }

    public static FrameResult NeedMoreData => default;

    public static FrameResult Complete(int length) => new(FrameStatus.Complete, length, GarbledReason.None);

    public static FrameResult Garbled(int discard, GarbledReason reason) => new(FrameStatus.Garbled, discard, reason);

    public bool Equals(FrameResult other) => Status == other.Status && Length == other.Length && Reason == other.Reason;

    public override bool Equals(object? obj) => obj is FrameResult other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Status, Length, Reason);

    public static bool operator ==(FrameResult left, FrameResult right) => left.Equals(right);

    public static bool operator !=(FrameResult left, FrameResult right) => !left.Equals(right);

    public override string ToString() => Status switch
    {
        FrameStatus.Complete => $"Complete({Length})",
        FrameStatus.Garbled => $"Garbled({Length}, {Reason})",
        _ => "NeedMoreData",
    };
}
