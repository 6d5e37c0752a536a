namespace LowLatency.Venue.Gateway;

/// <summary>Reasons the gateway itself (not the matching core) gives in Text(58): one byte in a command, bytes on the wire.</summary>
internal enum GatewayText : byte
{
    None = 0,
    UnsupportedMessageType = 1,
    ClOrdIdTooLong = 2,
    MissingRequiredField = 3,
    MdReqIdTooLong = 4,
    UnknownSymbol = 5,
    UnsupportedSubscriptionType = 6,
    UnsupportedMarketDepth = 7,
    UnsupportedUpdateType = 8,
    SnapshotTooLarge = 9,
    UnknownOrder = 10,
    DuplicateMdReqId = 11,
    NoSymbol = 12,
}

/// <summary>The UTF-8 texts of <see cref="GatewayText"/> (data-section literals: copying them allocates nothing).</summary>
internal static class GatewayTexts
{
    public static ReadOnlySpan<byte> Describe(GatewayText text) => text switch
    {
        GatewayText.UnsupportedMessageType => "unsupported message type: this venue takes D, F, G, H and V"u8,
        GatewayText.ClOrdIdTooLong => "ClOrdID(11) or OrigClOrdID(41) longer than 32 bytes"u8,
        GatewayText.MissingRequiredField => "a field this message needs is missing or malformed"u8,
        GatewayText.MdReqIdTooLong => "MDReqID(262) longer than 32 bytes"u8,
        GatewayText.UnknownSymbol => "unknown symbol"u8,
        GatewayText.UnsupportedSubscriptionType => "SubscriptionRequestType(263) must be 0, 1 or 2"u8,
        GatewayText.UnsupportedMarketDepth => "MarketDepth(264) must be 0 (full book) to 1024"u8,
        GatewayText.UnsupportedUpdateType => "only incremental refresh: MDUpdateType(265) must be 1"u8,
        GatewayText.SnapshotTooLarge => "book too deep for one snapshot message: subscribe with a MarketDepth"u8,
        GatewayText.UnknownOrder => "unknown order: not live (never existed, filled or cancelled)"u8,
        GatewayText.DuplicateMdReqId => "MDReqID already subscribed to another symbol"u8,
        GatewayText.NoSymbol => "no Symbol(55) in NoRelatedSym(146)"u8,
        _ => ""u8,
    };
}
