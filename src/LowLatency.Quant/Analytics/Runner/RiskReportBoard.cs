namespace LowLatency.Quant.Analytics.Runner;

/// <summary>
/// Latest-wins publication of <see cref="RiskReport"/>s: the analytics thread publishes, any number of
/// readers read <see cref="Latest"/> lock-free (an immutable object behind a volatile reference). Readers
/// that must wait for a given snapshot (tests, a pre-trade gate at start-up) block in
/// <see cref="WaitForSequence"/> on a monitor that only the publisher and waiters touch.
/// </summary>
public sealed class RiskReportBoard
{
    private readonly object _gate = new();
    private RiskReport? _latest;
    private RiskReport? _latestGood;
    private long _reports;

    /// <summary>The newest report (possibly an error report), or null before the first.</summary>
    public RiskReport? Latest => Volatile.Read(ref _latest);

    /// <summary>The newest report without an error.</summary>
    public RiskReport? LatestGood => Volatile.Read(ref _latestGood);

    public long ReportCount => Volatile.Read(ref _reports);

    internal void Publish(RiskReport report)
    {
        // Release writes: a reader that sees the reference sees the fully constructed report.
        if (!report.IsError)
        {
            Volatile.Write(ref _latestGood, report);
        }

        Volatile.Write(ref _latest, report);
        Interlocked.Increment(ref _reports);
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Blocks until a report for snapshot sequence ≥ <paramref name="sequence"/> is published; null on timeout.</summary>
    public RiskReport? WaitForSequence(long sequence, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_gate)
        {
            while (true)
            {
                var latest = Latest;
                if (latest is not null && latest.SnapshotSequence >= sequence)
                {
                    return latest;
                }

                long remaining = deadline - Environment.TickCount64;
                if (remaining <= 0 || cancellationToken.IsCancellationRequested)
                {
                    return null;
                }

                // Bounded waits so cancellation is noticed without registering a callback.
                Monitor.Wait(_gate, (int)Math.Min(remaining, 100));
            }
        }
    }
}
