using LowLatency.LoadTest.Reporting;

namespace LowLatency.LoadTest.Harness;

/// <summary>
/// A system under test as the <see cref="ScenarioRunner"/> drives it: started once, then for every step
/// <see cref="BeginStep"/>, the generator's sends (<see cref="ILoadTarget"/>), <see cref="Drain"/> and
/// <see cref="EndStep"/>, which returns the step's latency channels and counters.
/// </summary>
public interface ILoadSystem : ILoadTarget, IDisposable
{
    /// <summary>The channel the DESIGN budgets and the <c>--p50</c>/<c>--p999</c> options apply to.</summary>
    string PrimaryChannel { get; }

    /// <summary>The budgets this scenario is judged against unless overridden.</summary>
    IReadOnlyList<Threshold> DefaultThresholds { get; }

    /// <summary>Starts everything and waits until it is ready to take load (throws when it cannot).</summary>
    void Start();

    /// <summary>Forgets what was recorded so far: the step's figures start here.</summary>
    void BeginStep(LoadStep step);

    /// <summary>Waits (up to the timeout) for the completions of everything sent; false when some never completed.</summary>
    bool Drain(TimeSpan timeout);

    /// <summary>The step's latency channels and counters since <see cref="BeginStep"/>.</summary>
    (IReadOnlyList<LatencyChannel> Channels, StepCounters Counters) EndStep();

    /// <summary>Stops everything cleanly (false when something did not finish in time).</summary>
    bool Stop(TimeSpan timeout);
}
