using LowLatency.Fix.Messages;

namespace LowLatency.Fix.Codec.Reading;

/// <summary>
/// The first structural problem found in a well-framed message, in the terms the session's Reject (35=3)
/// needs: SessionRejectReason and RefTagID (0 when no tag can be named).
/// </summary>
public readonly record struct FixFieldError(SessionRejectReason Reason, int RefTagId)
{
    public static FixFieldError None => new(SessionRejectReason.None, 0);

    public bool IsError => Reason != SessionRejectReason.None;
}
