using System.Net;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// One simulated venue to host: its exchange configuration and the FIX acceptor sessions clients log on to (all with
/// the venue's SenderCompID; one per expected client CompID). Built by <see cref="VenueSettingsFile"/> from
/// <c>fix-config/venues.ini</c>, or in code with <see cref="Create"/>.
/// </summary>
public sealed record SimulatedVenueDefinition
{
    public required VenueConfig Config { get; init; }

    public required IReadOnlyList<FixSessionSettings> Sessions { get; init; }

    /// <summary>
    /// A venue with one acceptor session per client CompID on <paramref name="port"/> of 127.0.0.1, FIX 4.4, in-memory
    /// store, no message log, heartbeats as the client asks: what tests and embedded demos need.
    /// </summary>
    public static SimulatedVenueDefinition Create(VenueConfig config, string senderCompId, IReadOnlyList<string> clientCompIds, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentException.ThrowIfNullOrEmpty(senderCompId);
        ArgumentNullException.ThrowIfNull(clientCompIds);
        var sessions = new FixSessionSettings[clientCompIds.Count];
        for (int i = 0; i < sessions.Length; i++)
        {
            sessions[i] = new FixSessionSettings
            {
                SessionId = new FixSessionId("FIX.4.4", senderCompId, clientCompIds[i]),
                ConnectionType = ConnectionType.Acceptor,
                SocketAcceptPort = port,
                SocketAcceptAddress = IPAddress.Loopback,
                LogonTimeout = TimeSpan.FromSeconds(10),
            };
        }

        return new SimulatedVenueDefinition { Config = config, Sessions = sessions };
    }
}
