namespace LowLatency.Fix.Config.Sessions;

/// <summary>QuickFIX <c>ConnectionType</c>: which side opens the TCP connection.</summary>
public enum ConnectionType
{
    /// <summary>We connect out (SocketConnectHost/Port) and send the Logon.</summary>
    Initiator,

    /// <summary>We listen (SocketAcceptPort) and answer the counterparty's Logon.</summary>
    Acceptor,
}
