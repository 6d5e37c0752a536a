using System.Runtime.CompilerServices;

namespace LowLatency.Core.Agents;

/// <summary>Yields the core when idle: low latency while still letting other runnable threads in.</summary>
public struct YieldingIdleStrategy : IIdleStrategy
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Idle(int workCount)
    {
        if (workCount <= 0)
        {
            Thread.Yield();
        }
    }

    public void Reset()
    {
    }
}
