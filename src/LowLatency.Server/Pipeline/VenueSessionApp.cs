using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The FIX application of the engine's venue sessions (a struct: the FIX engine's callbacks are direct calls):
/// routes each session's callbacks to its <see cref="VenueGateway"/> by session index.
/// </summary>
public readonly struct VenueSessionApp(VenueGateway?[] gatewaysBySession) : IFixApplication
{
    public void OnLogon(FixSession session) => gatewaysBySession[session.Index]?.OnLogon(session);

    public void OnLogout(FixSession session) => gatewaysBySession[session.Index]?.OnLogout();

    public void OnMessage(FixSession session, in FixMessage message) => gatewaysBySession[session.Index]?.OnMessage(in message);

    public void OnReject(FixSession session, in FixMessage reject)
    {
        // a session-level Reject of one of our messages: the venue never saw the order; its ack timeout chases it
    }
}
