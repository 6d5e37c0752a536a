using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Transport;

/// <summary>Finds (and attaches) the session an acceptor connection belongs to, from its first message.</summary>
internal interface IConnectionRouter
{
    /// <summary>The attached session, or null when the connection was refused (and is being closed).</summary>
    FixSession? Route(FixConnection connection, in FixMessage firstMessage);

    /// <summary>A connection closed (identified or not).</summary>
    void OnClosed(FixConnection connection);

    /// <summary>A frame arrived that could not be framed or parsed before the session was known.</summary>
    void OnGarbled(FixConnection connection, ReadOnlySpan<byte> bytes, string reason);
}
