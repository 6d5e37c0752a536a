using System.Runtime.InteropServices;

namespace LowLatency.Ring.Sequencers;

/// <summary>
/// The single producer's private claim counters, written on every claim: 128 bytes of padding either side
/// so they never share an adjacent-line pair with fields other threads read (the cursor, the ring's slots).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 272)]
internal struct PaddedClaimState
{
    /// <summary>Highest sequence claimed so far (single producer thread only: plain reads and writes).</summary>
    [FieldOffset(128)]
    public long Next;

    /// <summary>Last minimum gating sequence seen: a lower bound, refreshed only when a claim would wrap past it.</summary>
    [FieldOffset(136)]
    public long CachedGating;
}
