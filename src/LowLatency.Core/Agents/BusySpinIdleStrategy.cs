using System.Runtime.CompilerServices;

namespace LowLatency.Core.Agents;

/// <summary>Never gives the core away: lowest wake-up latency, for a dedicated core only (benchmarks, colocated production).</summary>
public struct BusySpinIdleStrategy : IIdleStrategy
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Idle(int workCount)
    {
        if (workCount <= 0)
        {
            // PAUSE: tells the core we spin, saving power and the hyper-thread sibling's cycles.
            Thread.SpinWait(1);
        }
    }

    public void Reset()
    {
    }
}
