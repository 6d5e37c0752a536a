using LowLatency.Model.Fills;

namespace LowLatency.Server.Journal;

/// <summary>One decoded journal record (cold path: restart, replay, tests); the field matching <see cref="Type"/> is set.</summary>
public sealed record JournalEntry(JournalRecordType Type, long Offset)
{
    public StartRecord Start { get; init; }

    public FillEvent Fill { get; init; }

    public OrderSentRecord OrderSent { get; init; }

    public KillSwitchRecord KillSwitch { get; init; }

    public CollateralRecord Collateral { get; init; }

    /// <summary>Raw inbound event bytes (<see cref="JournalRecordType.Inbound"/>), or the stop time for <see cref="JournalRecordType.Stop"/> in <see cref="StopUtcNs"/>.</summary>
    public byte[]? Inbound { get; init; }

    public long StopUtcNs { get; init; }

    /// <summary>The order id sequence of an <see cref="JournalRecordType.OrderSequence"/> record.</summary>
    public long NextOrderSequence { get; init; }
}
