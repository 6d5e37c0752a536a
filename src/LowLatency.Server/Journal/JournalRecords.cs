using LowLatency.Core.Ids;
using LowLatency.Execution.Risk;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Server.Journal;

/// <summary>The engine started with configuration <paramref name="Fingerprint"/>; its next order id sequence was <paramref name="NextOrderSequence"/>.</summary>
public readonly record struct StartRecord(string Fingerprint, long NextOrderSequence, long UtcNs);

/// <summary>
/// A NewOrderSingle handed to a venue: ids, terms (mantissas at the instrument's scales), the rule behind it and the
/// engine's next order sequence afterwards (a restart resumes above it, so ClOrdIDs never repeat on a venue).
/// </summary>
public readonly record struct OrderSentRecord(
    long ClOrdId,
    long NextOrderSequence,
    InstrumentId Instrument,
    VenueId Venue,
    Side Side,
    OrderType Type,
    long QuantityMantissa,
    long PriceMantissa,
    RebalanceReason Reason,
    int PolicyId,
    long DecisionNs,
    long UtcNs);

/// <summary>The kill switch changed: <paramref name="Venue"/> is -1 for the global switch.</summary>
public readonly record struct KillSwitchRecord(KillSwitchCause Cause, int Venue, bool Active, long UtcNs);

/// <summary>Collateral the treasury moved into the account (cash +<paramref name="Amount"/>).</summary>
public readonly record struct CollateralRecord(double Amount, long UtcNs);
