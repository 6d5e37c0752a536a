namespace LowLatency.Fix.Messages.Validation;

/// <summary>What the session does with a received message after validation.</summary>
public enum FixValidationOutcome : byte
{
    /// <summary>Process it.</summary>
    Valid = 0,

    /// <summary>Send Reject (35=3) with SessionRejectReason and RefTagID, then carry on (the sequence number is consumed).</summary>
    SessionReject = 1,

    /// <summary>Send BusinessMessageReject (35=j): a valid FIX message type this engine does not support.</summary>
    BusinessReject = 2,
}
