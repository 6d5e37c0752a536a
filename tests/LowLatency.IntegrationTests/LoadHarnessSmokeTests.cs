using LowLatency.LoadTest.Cli;
using LowLatency.LoadTest.Reporting;

namespace LowLatency.IntegrationTests;

/// <summary>
/// The load harness run in-process through the same entry method as its executable: the <c>ticks</c> scenario with
/// <c>--quick</c> against the real engine and simulated venues over loopback (blocking stages, parking generator).
/// No assertion on speed: only on what the report must contain and on the exit codes.
/// </summary>
public sealed class LoadHarnessSmokeTests : IDisposable
{
    private static readonly string[] Steps = ["warmup", "ramp", "constant", "spike", "recovery"];
    private readonly string _dir = Directory.CreateTempSubdirectory("ll-load-it-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a file still closing: the OS cleans temp
        }
    }

    [Fact]
    public void TheQuickTicksRunReportsEveryStepWithPlausibleRatesOrdersFillsAndConsistentHistograms()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        string outDir = Path.Combine(_dir, "out");

        // a generous threshold on a channel that always has data: every step passes, the exit code is 0
        int code = LoadTestApp.Run(["ticks", "--quick", "--no-thresholds", "--threshold", "decision_done:max=60s", "--out", outDir],
            output, errors, out LoadReport? report, TestContext.Current.CancellationToken);

        Assert.True(code == LoadTestApp.Passed, $"exit {code}\n{output}\n{errors}");
        Assert.NotNull(report);
        Assert.Equal(Steps, report.Steps.Select(s => s.Step.Name).ToArray());
        foreach (StepResult s in report.Steps)
        {
            Assert.True(s.AchievedRate > 0, $"{s.Step.Name}: achieved {s.AchievedRate}");
            Assert.True(s.AchievedRate <= s.OfferedRate * 1.05, $"{s.Step.Name}: achieved {s.AchievedRate} > offered {s.OfferedRate}");
            Assert.Equal(s.Generator.Offered, s.Generator.Sent + s.Generator.Dropped);
            Assert.Equal(0, s.Generator.Dropped); // every book had a quote before the first tick
            Assert.Equal(s.Generator.Offered, s.Channel("send_lag")!.Stats.Count);
            Assert.Equal(s.Generator.Sent - s.Counters.Extra["untracked"], s.Channel("decision_done")!.Stats.Count);
            Assert.True(s.Counters.Extra["md_events"] >= s.Generator.Sent, "the decision stage handled every injected tick (and the venues' own)");
            Assert.True(s.Step.IsJudged ? s.Verdicts.Count == 1 && s.Verdicts[0].Passed == true : s.Verdicts.Count == 0);
        }

        Assert.True(report.Steps.Sum(s => s.Counters.Orders) > 0, "the shocks made the engine hedge");
        Assert.True(report.Steps.Sum(s => s.Counters.Fills) > 0, "the hedges filled at the venues");
        Assert.Contains("== PASS", output.ToString());
        Assert.True(File.Exists(Path.Combine(outDir, "summary.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "latency.hlog")));
        Assert.Equal(report.Steps.Count * report.Steps[0].Channels.Count + 1, File.ReadAllLines(Path.Combine(outDir, "summary.csv")).Length);
        Assert.True(File.Exists(Path.Combine(outDir, "constant.decision_done.hgrm")));
    }

    [Fact]
    public void AnImpossiblyLowThresholdFailsTheRunWithExitCodeOne()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        int code = LoadTestApp.Run(["ticks", "--quick", "--duration", "400ms", "--warmup", "300ms", "--no-thresholds", "--threshold", "decision_done:p50=1ns"],
            output, errors, out LoadReport? report, TestContext.Current.CancellationToken);

        Assert.True(code == LoadTestApp.Failed, $"exit {code}\n{output}\n{errors}");
        Assert.NotNull(report);
        Assert.False(report.Passed);
        Assert.All(report.Steps.Where(s => s.Step.IsJudged), s => Assert.False(s.Passed));
        Assert.Contains("FAIL(p50", output.ToString());
        Assert.Contains("== FAIL", output.ToString());
    }

    [Fact]
    public void TheQuickFixRunAcknowledgesEveryOrderAndFillsEveryCrossingPair()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        int code = LoadTestApp.Run(["fix", "--quick", "--sessions", "4", "--duration", "600ms", "--warmup", "300ms"], output, errors, out LoadReport? report, TestContext.Current.CancellationToken);

        Assert.True(code == LoadTestApp.Passed, $"exit {code}\n{output}\n{errors}");
        Assert.NotNull(report);
        Assert.Equal(Steps, report.Steps.Select(s => s.Step.Name).ToArray());
        foreach (StepResult s in report.Steps)
        {
            Assert.Equal(s.Generator.Offered, s.Generator.Sent); // nothing refused by the sessions at this rate
            Assert.Equal(s.Generator.Sent, s.Counters.Orders);
            Assert.Equal(s.Counters.Orders, s.Counters.Extra["acks"]);
            Assert.Equal(s.Counters.Extra["acks"], s.Channel("order_to_ack")!.Stats.Count);
            Assert.InRange(s.Counters.Fills, s.Counters.Orders - 1, s.Counters.Orders + 1); // one order may rest across a step boundary
            Assert.Equal(0, s.Counters.Rejects);
        }
    }

    [Fact(Explicit = true)]
    public void TheQuickVenuesRunIsDrivenByTheVenuesOwnMarketData()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        int code = LoadTestApp.Run(["venues", "--quick", "--no-thresholds"], output, errors, out LoadReport? report, TestContext.Current.CancellationToken);

        Assert.True(code == LoadTestApp.Passed, $"exit {code}\n{output}\n{errors}");
        Assert.NotNull(report);
        Assert.All(report.Steps, s => Assert.True(s.OfferedRate > 0 && s.AchievedRate > 0 && s.Generator.Offered == 0));
        // the venues' and the engine's counters are read a few messages apart at step boundaries: nothing is lost beyond that
        Assert.All(report.Steps, s => Assert.InRange(s.Counters.AchievedEvents!.Value, s.Counters.OfferedEvents!.Value * 0.98, s.Counters.OfferedEvents!.Value * 1.02));
    }

    [Fact(Explicit = true)]
    public void TheQuickSoakReportsEveryIntervalAsItEnds()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        int code = LoadTestApp.Run(["soak", "--quick", "--no-thresholds"], output, errors, out LoadReport? report, TestContext.Current.CancellationToken);

        Assert.True(code == LoadTestApp.Passed, $"exit {code}\n{output}\n{errors}");
        Assert.Equal(["warmup", "soak-1", "soak-2", "soak-3"], report!.Steps.Select(s => s.Step.Name).ToArray());
        Assert.True(output.ToString().IndexOf("soak-1", StringComparison.Ordinal) < output.ToString().IndexOf("== soak", StringComparison.Ordinal), "interval lines come before the final report");
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("nosuchscenario")]
    [InlineData("--rate", "-5")]
    [InlineData("--duration")]
    [InlineData("--threshold", "tick_to_wire:p42=1us")]
    [InlineData("--wait-strategy", "sometimes")]
    public void BadUsageExitsTwoWithTheUsageTextAndStartsNothing(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        int code = LoadTestApp.Run(args, output, errors, out LoadReport? report, TestContext.Current.CancellationToken);

        Assert.Equal(LoadTestApp.BadUsage, code);
        Assert.Null(report);
        Assert.Contains("usage: dotnet run", errors.ToString());
    }
}
