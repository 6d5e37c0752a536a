using HdrHistogram;

namespace LowLatency.LoadTest.Harness;

/// <summary>
/// Open-loop load: event k of a step is sent as soon as the clock passes its intended time
/// (<see cref="RateSchedule.OffsetNs"/>), whatever happened to event k−1. When the system stalls, the generator falls
/// behind and then sends the backlog as fast as the system takes it, each event still carrying its own intended time
/// — so the stall is charged to every event that was due during it (coordinated-omission correction) instead of
/// silently lowering the offered rate as a closed loop would. Single thread; the target sees every call from it.
/// </summary>
public sealed class RateGenerator(ITimeSource time)
{
    /// <summary>Longest lag recorded (60 s); later values are clamped.</summary>
    public const long HighestTrackableNs = 60_000_000_000L;

    public ITimeSource Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Runs one step against the target; returns when every event was sent and the step's time is over.</summary>
    public GeneratorResult Run<TTarget>(LoadStep step, TTarget target, CancellationToken cancellation = default)
        where TTarget : ILoadTarget
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(target);
        var lag = new LongHistogram(HighestTrackableNs, 3);
        long offered = step.OfferedEvents;
        long start = Time.NowNs();
        long end = start + step.Duration.Ticks * 100;
        long sent = 0;
        long dropped = 0;
        long lastSend = start;
        bool inFlight = false;
        for (long k = 0; k < offered && !cancellation.IsCancellationRequested; k++)
        {
            long intended = start + RateSchedule.OffsetNs(step, k);
            long now = Time.NowNs();
            while (now < intended)
            {
                inFlight = target.Poll(now);
                Time.WaitTowards(intended, inFlight);
                now = Time.NowNs();
            }

            lag.RecordValue(Math.Min(now - intended, HighestTrackableNs));
            if (target.Send(intended))
            {
                sent++;
            }
            else
            {
                dropped++;
            }

            lastSend = Time.NowNs();
            inFlight = target.Poll(lastSend);
        }

        // hold the step's full duration (a step with few events, or rate 0, still lasts its time)
        for (long now = Time.NowNs(); now < end && !cancellation.IsCancellationRequested; now = Time.NowNs())
        {
            inFlight = target.Poll(now);
            Time.WaitTowards(end, inFlight);
        }

        long elapsed = Math.Max(lastSend, Math.Min(Time.NowNs(), end)) - start;
        return new GeneratorResult(offered, sent, dropped, elapsed, lag);
    }
}
