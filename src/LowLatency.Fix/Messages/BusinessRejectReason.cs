namespace LowLatency.Fix.Messages;

/// <summary>BusinessRejectReason (380) values of FIX 4.4, sent in BusinessMessageReject (35=j).</summary>
public enum BusinessRejectReason
{
    Other = 0,
    UnknownId = 1,
    UnknownSecurity = 2,
    UnsupportedMessageType = 3,
    ApplicationNotAvailable = 4,
    ConditionallyRequiredFieldMissing = 5,
    NotAuthorized = 6,
    DeliverToFirmNotAvailableAtThisTime = 7,
}
