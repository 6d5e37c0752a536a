using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Model.Intents;

namespace LowLatency.Server.Metrics;

/// <summary>
/// The server's counters, each on its own 128-byte block (no false sharing between the decision thread writing one
/// and the sender writing another; 128 because of adjacent-line prefetch). Each counter has ONE writer thread, which
/// does a plain read and a <see cref="Volatile"/> write (release); readers (metrics, dashboard) use Volatile reads
/// (acquire), so they see monotonic values without a locked instruction on the hot path.
/// </summary>
public sealed class ServerCounters
{
    private readonly Padded[] _counters = new Padded[Enum.GetValues<ServerCounter>().Length];
    private readonly Padded[] _intentsByReason = new Padded[128];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment(ServerCounter counter)
    {
        ref long value = ref _counters[(int)counter].Value;
        Volatile.Write(ref value, value + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ServerCounter counter, long amount)
    {
        ref long value = ref _counters[(int)counter].Value;
        Volatile.Write(ref value, value + amount);
    }

    /// <summary>From a thread that is not the counter's usual writer (rare paths: the sender's failures, session threads).</summary>
    public void IncrementShared(ServerCounter counter) => Interlocked.Increment(ref _counters[(int)counter].Value);

    public long Read(ServerCounter counter) => Volatile.Read(ref _counters[(int)counter].Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Intent(RebalanceReason reason)
    {
        ref long value = ref _intentsByReason[(int)reason & 127].Value;
        Volatile.Write(ref value, value + 1);
    }

    public long Intents(RebalanceReason reason) => Volatile.Read(ref _intentsByReason[(int)reason & 127].Value);

    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct Padded
    {
        [FieldOffset(0)]
        public long Value;
    }
}
