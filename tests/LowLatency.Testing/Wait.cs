namespace LowLatency.Testing;

/// <summary>
/// Waits for a condition another thread makes true (a session's state, a file's content), checking with a
/// backoff (spin briefly, then block on a never-set event for 1, 2, 4 … up to 20 ms): no busy spinning, no sleeps.
/// </summary>
public static class Wait
{
    private static readonly ManualResetEventSlim Never = new(false);

    /// <summary>True once <paramref name="condition"/> holds; false if it still does not after <paramref name="timeout"/>.</summary>
    public static bool Until(Func<bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        var spin = new SpinWait();
        int pause = 1;
        while (!condition())
        {
            if (Environment.TickCount64 >= deadline)
            {
                return condition();
            }

            if (!spin.NextSpinWillYield)
            {
                spin.SpinOnce();
                continue;
            }

            Never.Wait(pause);
            pause = Math.Min(pause * 2, 20);
        }

        return true;
    }
}
