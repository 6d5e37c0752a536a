namespace LowLatency.Fix.Tests.Session;

/// <summary>Every session rule runs four ways: our engine as acceptor or initiator, over an in-memory pipe or real loopback sockets.</summary>
public enum SessionMode
{
    AcceptorInMemory,
    AcceptorOverSockets,
    InitiatorInMemory,
    InitiatorOverSockets,
}
