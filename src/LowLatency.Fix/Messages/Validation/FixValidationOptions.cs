namespace LowLatency.Fix.Messages.Validation;

/// <summary>
/// Validation switches, named after QuickFIX's settings where one exists so a FIX user recognises them.
/// The defaults are strict about FIX-defined fields and lenient about user-defined ones (5000+), which
/// venues add freely.
/// </summary>
public sealed record FixValidationOptions
{
    public static FixValidationOptions Default { get; } = new();

    /// <summary>Reject user-defined tags (5000 and above) the dictionary does not know (QuickFIX ValidateUserDefinedFields).</summary>
    public bool ValidateUserDefinedFields { get; init; }

    /// <summary>Reject FIX tags that the message type does not define (QuickFIX AllowUnknownMsgFields = N).</summary>
    public bool RejectFieldsNotInMessage { get; init; } = true;

    /// <summary>Check value formats (int, float, char, Boolean, timestamps) against the field's data type.</summary>
    public bool ValidateFieldFormats { get; init; } = true;

    /// <summary>Check key enumerated fields (Side, OrdType, ExecType …) against their FIX 4.4 values.</summary>
    public bool ValidateEnumeratedValues { get; init; } = true;
}
