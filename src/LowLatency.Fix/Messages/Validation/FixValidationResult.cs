namespace LowLatency.Fix.Messages.Validation;

/// <summary>
/// The validator's verdict, carrying exactly what the reply needs: SessionRejectReason (373) and RefTagID (371)
/// for a Reject, or BusinessRejectReason (380) for a BusinessMessageReject (RefTagID 0 when no tag is at fault).
/// </summary>
public readonly record struct FixValidationResult(
    FixValidationOutcome Outcome,
    SessionRejectReason SessionRejectReason,
    int RefTagId,
    BusinessRejectReason BusinessRejectReason)
{
    public static FixValidationResult Valid => new(FixValidationOutcome.Valid, SessionRejectReason.None, 0, BusinessRejectReason.Other);

    public bool IsValid => Outcome == FixValidationOutcome.Valid;

    public static FixValidationResult Session(SessionRejectReason reason, int refTagId) =>
        new(FixValidationOutcome.SessionReject, reason, refTagId, BusinessRejectReason.Other);

    public static FixValidationResult Business(BusinessRejectReason reason, int refTagId = 0) =>
        new(FixValidationOutcome.BusinessReject, SessionRejectReason.None, refTagId, reason);
}
