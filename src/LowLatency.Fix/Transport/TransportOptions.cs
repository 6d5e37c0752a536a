using LowLatency.Core.Time;
using LowLatency.Fix.Log;

namespace LowLatency.Fix.Transport;

/// <summary>What every connection of one engine shares: clock, limits, timeouts and where transport errors are logged.</summary>
internal sealed record TransportOptions(
    IClock Clock,
    IMessageLog EngineLog,
    int MaxMessageLength,
    TimeSpan Linger,
    int ListenBacklog,
    int ReceiveSpinCount);
