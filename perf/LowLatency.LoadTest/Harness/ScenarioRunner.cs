using System.Diagnostics;
using LowLatency.LoadTest.Reporting;

namespace LowLatency.LoadTest.Harness;

/// <summary>
/// Runs a <see cref="LoadScenario"/> against an <see cref="ILoadSystem"/>: per step, the system's counters and
/// recorders are reset, the <see cref="RateGenerator"/> offers the step's load, the system drains, and the step's
/// figures (latency channels, counters, GC) are judged against the thresholds. Each step is handed to
/// <c>onStep</c> as soon as it ends (a soak prints every interval).
/// </summary>
public sealed class ScenarioRunner(RateGenerator generator, TimeSpan drainTimeout)
{
    public RateGenerator Generator { get; } = generator ?? throw new ArgumentNullException(nameof(generator));

    public TimeSpan DrainTimeout { get; } = drainTimeout;

    public IReadOnlyList<StepResult> Run(ILoadSystem system, LoadScenario scenario, IReadOnlyList<Threshold> thresholds,
        Action<StepResult>? onStep = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(thresholds);
        var results = new List<StepResult>(scenario.Steps.Count);
        foreach (LoadStep step in scenario.Steps)
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            system.BeginStep(step);
            GcFigures gcBefore = GcFigures.Now();
            DateTimeOffset startedUtc = DateTimeOffset.UtcNow;
            long started = Stopwatch.GetTimestamp();
            GeneratorResult g = Generator.Run(step, system, cancellation);
            bool drained = system.Drain(DrainTimeout);
            double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            GcFigures gc = GcFigures.Now().Since(gcBefore);
            (IReadOnlyList<LatencyChannel> systemChannels, StepCounters counters) = system.EndStep();
            var channels = new List<LatencyChannel>(systemChannels);
            if (g.Offered > 0)
            {
                channels.Add(new LatencyChannel("send_lag", "intended time → send started (the generator's lateness)", LatencyStats.From(g.SendLag), g.SendLag));
            }

            if (!drained)
            {
                counters = counters with { Extra = new Dictionary<string, long>(counters.Extra) { ["undrained"] = 1 } };
            }

            var verdicts = new List<Verdict>();
            if (step.IsJudged)
            {
                foreach (Threshold t in thresholds)
                {
                    verdicts.Add(Verdict.Judge(t, channels));
                }
            }

            var result = new StepResult { StartedUtc = startedUtc, Step = step, Generator = g, Seconds = seconds, Channels = channels, Counters = counters, Gc = gc, Verdicts = verdicts };
            results.Add(result);
            onStep?.Invoke(result);
        }

        return results;
    }
}
