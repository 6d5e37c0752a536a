using LowLatency.Fix.Codec.Reading;

namespace LowLatency.Fix.Session;

/// <summary>
/// The application side of a FIX session: implemented by a <b>struct</b> and used as a constrained generic
/// (<c>FixEngine&lt;TApp&gt;</c>), so callbacks are direct calls the JIT can inline. Each session holds its own
/// copy of the struct: keep shared state in objects the struct references.
/// </summary>
/// <remarks>
/// Threading: callbacks for one session never overlap (they run under the session's lock); callbacks of
/// different sessions may run at the same time on their connections' reader threads. Inside a callback the
/// application may call <see cref="FixSession.TrySend{TBody}"/> on the same session (the lock is re-entrant).
/// A message view is only valid during the callback: copy what must outlive it.
/// </remarks>
public interface IFixApplication
{
    /// <summary>Logons were exchanged; application messages may be sent.</summary>
    void OnLogon(FixSession session);

    /// <summary>A logged-on session ended (Logout exchanged, error or connection lost).</summary>
    void OnLogout(FixSession session);

    /// <summary>
    /// An application message that passed the session checks, in MsgSeqNum order, each exactly once per
    /// sequence number (a resent one carries PossDupFlag(43)=Y: the application decides whether it is new).
    /// </summary>
    void OnMessage(FixSession session, in FixMessage message);

    /// <summary>The counterparty rejected one of our messages at session level (Reject, 35=3).</summary>
    void OnReject(FixSession session, in FixMessage reject);
}
