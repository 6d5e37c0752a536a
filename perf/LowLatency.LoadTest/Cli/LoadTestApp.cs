using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Reporting;
using LowLatency.LoadTest.Scenarios;

namespace LowLatency.LoadTest.Cli;

/// <summary>
/// The harness as a callable program (Program.Main and the smoke test run the same code): parse, build the scenario
/// and its system, run the steps printing each as it ends, print the report, write files under <c>--out</c>.
/// Exit codes: 0 every threshold passed, 1 one failed (or the system could not start/stop cleanly), 2 bad usage.
/// </summary>
public static class LoadTestApp
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, out _);

    /// <summary>Runs the command line; <paramref name="report"/> is the run's report (null on bad usage or a failed start).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, out LoadReport? report, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        report = null;
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
            _ = ScenarioPlan.For(options); // a scenario that cannot be planned is a usage error, before anything starts
        }
        catch (UsageException ex)
        {
            error.WriteLine($"loadtest: {ex.Message}");
            error.WriteLine(Usage.Text);
            return BadUsage;
        }

        if (options.Help)
        {
            output.WriteLine(Usage.Text);
            return Passed;
        }

        try
        {
            report = Execute(options, output, cancellation);
        }
        catch (Exception ex)
        {
            // a system that cannot start (ports, stores, a venue or session that never comes up) ends the run with a
            // message and exit 1, never a stack trace
            error.WriteLine($"loadtest: the {options.Scenario} scenario could not run: {ex.GetType().Name}: {ex.Message}");
            return Failed;
        }

        report.WriteText(output);
        if (options.OutDirectory is { } dir)
        {
            IReadOnlyList<string> files = ReportFiles.Write(report, dir);
            output.WriteLine($"   wrote {files.Count} files under {Path.GetFullPath(dir)}");
        }

        return report.Passed ? Passed : Failed;
    }

    /// <summary>Runs a parsed command line and returns its report (the system is always stopped and disposed).</summary>
    public static LoadReport Execute(LoadOptions options, TextWriter output, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ScenarioPlan plan = ScenarioPlan.For(options);
        string before = Machine.Describe();
        using ILoadSystem system = plan.CreateSystem(options, output);
        IReadOnlyList<Threshold> thresholds = options.EffectiveThresholds(system.PrimaryChannel, system.DefaultThresholds);
        system.Start();
        var runner = new ScenarioRunner(new RateGenerator(new MonotonicTimeSource(options.GeneratorWait)), TimeSpan.FromSeconds(10));
        var done = new List<StepResult>();
        IReadOnlyList<StepResult> steps = runner.Run(system, plan.Scenario, thresholds, s =>
        {
            done.Add(s);
            if (plan.PrintEachStep)
            {
                LoadReport.WriteRateTable(output, [s]);
                LoadReport.WriteLatencyTable(output, [s]);
            }
        }, cancellation);
        bool stopped = system.Stop(TimeSpan.FromSeconds(10));
        return new LoadReport
        {
            Scenario = plan.Scenario.Name,
            Settings = plan.Settings + (stopped ? "" : " (the system did not stop cleanly)"),
            Steps = steps,
            Thresholds = thresholds,
            MachineBefore = before,
            MachineAfter = Machine.Describe(),
        };
    }
}
