namespace LowLatency.Server.Hosting;

/// <summary>Cold-path waiting for a condition another thread makes true (start-up, shutdown, harness calls): spin briefly, then sleep 1–10 ms between checks.</summary>
internal static class Until
{
    public static bool True(Func<bool> condition, TimeSpan timeout)
    {
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        var spin = default(SpinWait);
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

            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 10);
        }

        return true;
    }
}
