namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// One decision's inputs: the shared state, which underlying ticked (its slot, or −1 when every underlying is to
/// be checked, e.g. after fills or on a timer) and the time, passed in so policies stay deterministic.
/// </summary>
public readonly struct PolicyContext
{
    /// <summary>Slot value meaning "evaluate every underlying".</summary>
    public const int All = -1;

    /// <summary>Slot value meaning "no underlying ticked" (account-level policies only).</summary>
    public const int None = -2;

    public PolicyContext(RebalancingState state, int underlyingSlot, long nowNs, long utcNs)
    {
        State = state;
        UnderlyingSlot = underlyingSlot;
        NowNs = nowNs;
        UtcNs = utcNs;
    }

    public RebalancingState State { get; }

    /// <summary>Underlying slot that ticked, <see cref="All"/> or <see cref="None"/>.</summary>
    public int UnderlyingSlot { get; }

    /// <summary>Monotonic nanoseconds of the tick (cooldowns, intervals, intents' DecisionTimestampNs).</summary>
    public long NowNs { get; }

    /// <summary>UTC nanoseconds since the Unix epoch (calendar boundaries).</summary>
    public long UtcNs { get; }

    /// <summary>True when underlying slot <paramref name="slot"/> is to be evaluated in this decision.</summary>
    public bool Covers(int slot) => UnderlyingSlot == All || UnderlyingSlot == slot;
}
