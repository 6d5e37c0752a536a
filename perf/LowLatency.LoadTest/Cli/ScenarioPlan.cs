using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Scenarios;

namespace LowLatency.LoadTest.Cli;

/// <summary>A scenario's steps (from the options and their per-scenario defaults) and how to build its system.</summary>
public sealed record ScenarioPlan(LoadScenario Scenario, string Settings, bool PrintEachStep, Func<LoadOptions, TextWriter, ILoadSystem> CreateSystem)
{
    public static ScenarioPlan For(LoadOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        bool q = o.Quick;
        switch (o.Scenario)
        {
            case "ticks":
            {
                double rate = o.Rate ?? (q ? 2_000 : 5_000);
                TimeSpan duration = o.Duration ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10));
                TimeSpan warmup = o.Warmup ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3));
                return new ScenarioPlan(LoadScenario.Standard("ticks", rate, duration, warmup), o.Describe(rate, duration, warmup), false,
                    (opt, log) => new TicksSystem(RigOptions(opt, log), new TicksOptions { ShockInterval = TimeSpan.FromMilliseconds(q ? 400 : 1000) }));
            }

            case "soak":
            {
                double rate = o.Rate ?? 2_000;
                TimeSpan duration = o.Duration ?? (q ? TimeSpan.FromSeconds(3) : TimeSpan.FromMinutes(10));
                TimeSpan warmup = o.Warmup ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5));
                TimeSpan interval = o.Interval ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10));
                return new ScenarioPlan(LoadScenario.Soak("soak", rate, duration, warmup, interval), o.Describe(rate, duration, warmup) + $", interval {interval.TotalSeconds:0.##}s", true,
                    (opt, log) => new TicksSystem(RigOptions(opt, log), new TicksOptions()));
            }

            case "venues":
            {
                double steps = o.Rate ?? (q ? 200 : 500);
                TimeSpan duration = o.Duration ?? (q ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10));
                TimeSpan warmup = o.Warmup ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3));
                var scenario = new LoadScenario("venues", warmup > TimeSpan.Zero
                    ? [new LoadStep("warmup", StepKind.WarmUp, 0, warmup), new LoadStep("constant", StepKind.Constant, 0, duration)]
                    : [new LoadStep("constant", StepKind.Constant, 0, duration)]);
                return new ScenarioPlan(scenario, o.Describe(steps, duration, warmup).Replace("rate", "liquidity steps", StringComparison.Ordinal) + " per venue", false,
                    (opt, log) => new VenuesSystem(RigOptions(opt, log), steps));
            }

            case "fix":
            {
                double rate = o.Rate ?? (q ? 1_000 : 2_000);
                TimeSpan duration = o.Duration ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10));
                TimeSpan warmup = o.Warmup ?? (q ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3));
                int sessions = o.Sessions ?? 4;
                if (sessions % 2 != 0)
                {
                    throw new UsageException($"--sessions {sessions}: the fix scenario pairs sellers and buyers, give an even number");
                }

                return new ScenarioPlan(LoadScenario.Standard("fix", rate, duration, warmup), o.Describe(rate, duration, warmup) + $", {sessions} FIX sessions", false,
                    (opt, _) => new FixSystem(sessions, opt.GeneratorWait == WaitMode.Spin));
            }

            default:
                throw new UsageException($"the {o.Scenario} scenario is not available");
        }
    }

    internal static EngineRigOptions RigOptions(LoadOptions o, TextWriter log) => new() { WaitStrategy = o.WaitStrategy, Seed = o.Seed, Log = log };
}
