using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// The FIX engine's application callbacks for one simulated venue: a struct (each session holds a copy) over the
/// shared <see cref="VenueInbound"/>, which hands everything to the venue's matching thread. Callbacks of one
/// session never overlap; different sessions' run concurrently on their reader threads, hence the queue.
/// </summary>
internal readonly struct VenueFixApplication : IFixApplication
{
    private readonly VenueInbound _inbound;

    public VenueFixApplication(VenueInbound inbound)
    {
        _inbound = inbound;
    }

    public void OnLogon(FixSession session) => _inbound.OnLogon(session.Index);

    public void OnLogout(FixSession session) => _inbound.OnLogout(session.Index);

    public void OnMessage(FixSession session, in FixMessage message) => _inbound.OnMessage(session.Index, in message);

    public void OnReject(FixSession session, in FixMessage reject)
    {
        // The counterparty refused one of our messages at session level: the session logged it; nothing to undo.
    }
}
