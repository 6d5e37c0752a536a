namespace LowLatency.Fix.Session;

/// <summary>Where a session is in its lifecycle (FIX session protocol states, as the application sees them).</summary>
public enum FixSessionStatus : byte
{
    /// <summary>No connection.</summary>
    Disconnected = 0,

    /// <summary>Acceptor: connected, waiting for the counterparty's Logon.</summary>
    AwaitingLogon = 1,

    /// <summary>Initiator: our Logon is sent, waiting for the answer.</summary>
    LogonSent = 2,

    /// <summary>Logons exchanged: application messages flow.</summary>
    LoggedOn = 3,

    /// <summary>We sent a Logout and wait for the answer (or the timeout) before disconnecting.</summary>
    LogoutSent = 4,

    /// <summary>The connection is being closed (after a Logout answer, a protocol error or a timeout).</summary>
    Disconnecting = 5,
}
