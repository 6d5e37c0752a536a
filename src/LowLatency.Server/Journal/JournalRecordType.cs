namespace LowLatency.Server.Journal;

/// <summary>What a journal record holds. Values are on disk: never renumber, only add.</summary>
public enum JournalRecordType : byte
{
    /// <summary>The engine started: configuration fingerprint, order sequence it starts from, wall-clock time.</summary>
    Start = 1,

    /// <summary>One fill as applied to positions (price, quantity, fee, ids): what a restart replays.</summary>
    Fill = 2,

    /// <summary>A NewOrderSingle handed to a venue session, with the next order sequence after it.</summary>
    OrderSent = 3,

    /// <summary>The kill switch (global or one venue's) turned on or off.</summary>
    KillSwitch = 4,

    /// <summary>Collateral moved into the account (liquidation protection): replayed into cash.</summary>
    Collateral = 5,

    /// <summary>One inbound event as the decision stage saw it (only with RecordInbound; exact decision replay).</summary>
    Inbound = 6,

    /// <summary>The engine stopped cleanly.</summary>
    Stop = 7,

    /// <summary>The order id sequence moved without a new order (cancel and replace requests take ids too).</summary>
    OrderSequence = 8,
}
