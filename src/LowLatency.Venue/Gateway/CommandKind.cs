namespace LowLatency.Venue.Gateway;

/// <summary>What a <see cref="VenueCommand"/> asks the matching thread to do.</summary>
internal enum CommandKind : byte
{
    None = 0,

    /// <summary>NewOrderSingle (35=D).</summary>
    NewOrder = 1,

    /// <summary>OrderCancelRequest (35=F).</summary>
    Cancel = 2,

    /// <summary>OrderCancelReplaceRequest (35=G).</summary>
    Replace = 3,

    /// <summary>OrderStatusRequest (35=H).</summary>
    OrderStatus = 4,

    /// <summary>MarketDataRequest (35=V), one command per requested symbol.</summary>
    MarketData = 5,

    /// <summary>The session logged on: deliver what is parked for it.</summary>
    LoggedOn = 6,

    /// <summary>The session ended: drop its subscriptions, cancel its orders if the venue cancels on disconnect.</summary>
    LoggedOut = 7,

    /// <summary>An application message the gateway refuses as a whole: answered with BusinessMessageReject (35=j).</summary>
    BusinessReject = 8,

    /// <summary>Rare-path request from another thread (queries, operator actions): <see cref="VenueCommand.Control"/> runs on the matching thread.</summary>
    Control = 9,
}
