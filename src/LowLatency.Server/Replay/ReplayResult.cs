using LowLatency.Server.Journal;

namespace LowLatency.Server.Replay;

/// <summary>The orders the last run journalled and the orders a fresh decision stage produced from that run's recorded inbound events.</summary>
public sealed record ReplayResult(IReadOnlyList<OrderSentRecord> Journalled, IReadOnlyList<OrderSentRecord> Replayed, int InboundEvents, DecisionLoop Loop)
{
    /// <summary>True when both sequences are equal in everything but the wall-clock stamp.</summary>
    public bool Identical =>
        Journalled.Count == Replayed.Count && Journalled.Select(o => o with { UtcNs = 0 }).SequenceEqual(Replayed.Select(o => o with { UtcNs = 0 }));
}
