using HdrHistogram;
using LowLatency.LoadTest.Cli;
using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Reporting;
using LowLatency.LoadTest.Scenarios;

namespace LowLatency.IntegrationTests;

/// <summary>
/// The harness's parts without a system under test: the open-loop schedule, coordinated-omission correction on a
/// manual clock (a stalled consumer advances it: no wall-clock timing), thresholds, options, the completion queue.
/// </summary>
public sealed class LoadHarnessUnitTests
{
    [Fact]
    public void AConstantStepSchedulesEventsAtExactlyOneOverTheRateApart()
    {
        var step = new LoadStep("c", StepKind.Constant, 1_000, TimeSpan.FromSeconds(2));

        Assert.Equal(2_000, step.OfferedEvents);
        Assert.Equal(0, RateSchedule.OffsetNs(step, 0));
        Assert.Equal(1_000_000, RateSchedule.OffsetNs(step, 1));
        Assert.Equal(1_999_000_000, RateSchedule.OffsetNs(step, 1_999));
    }

    [Fact]
    public void ARampSpacesEventsCloserAsTheRateClimbsAndEndsWithinItsDuration()
    {
        var step = new LoadStep("r", StepKind.Ramp, 10_000, TimeSpan.FromSeconds(1), startRate: 1_000);

        Assert.Equal(5_500, step.OfferedEvents); // the area under 1 000 → 10 000 over 1 s
        long previousGap = long.MaxValue - 1;
        long previous = RateSchedule.OffsetNs(step, 0);
        for (long k = 1; k < step.OfferedEvents; k++)
        {
            long t = RateSchedule.OffsetNs(step, k);
            long gap = t - previous;
            Assert.True(gap > 0 && gap <= previousGap + 1, $"event {k}: gap {gap} after {previousGap}"); // +1: rounding to whole ns
            previousGap = gap;
            previous = t;
        }

        Assert.InRange(previous, 999_000_000, 1_000_000_000);
        Assert.InRange(RateSchedule.OffsetNs(step, 1), 990_000, 1_000_000); // starts at ~1 000/s (already climbing)
        Assert.InRange(previousGap, 100_000, 101_000);                       // ends at ~10 000/s
    }

    [Fact]
    public void AStalledConsumerShowsUpInTheCorrectedPercentilesButNotInTheNaiveOnes()
    {
        var clock = new ManualTime();
        var target = new StallingTarget(clock, stallAtEvent: 100, stallNs: 50_000_000, serviceNs: 1_000);
        var step = new LoadStep("c", StepKind.Constant, 1_000, TimeSpan.FromSeconds(1));

        GeneratorResult result = new RateGenerator(clock).Run(step, target, TestContext.Current.CancellationToken);

        Assert.Equal(1_000, result.Sent); // the backlog after the stall was sent, not skipped
        Assert.InRange(result.AchievedRate, 990, 1_000);
        // ~50 events were due during the 50 ms stall: they carry 50 ms … 1 ms of waiting from their intended times
        Assert.True(target.Corrected.GetValueAtPercentile(99) >= 30_000_000, $"corrected p99 {target.Corrected.GetValueAtPercentile(99)}");
        Assert.True(target.Corrected.GetValueAtPercentile(97) >= 10_000_000, $"corrected p97 {target.Corrected.GetValueAtPercentile(97)}");
        Assert.True(result.SendLag.GetMaxValue() >= 49_000_000, "the generator's own lateness shows the stall");
        // measured from the actual send (a closed loop would), the stall is one slow event among a thousand
        Assert.True(target.Naive.GetValueAtPercentile(99) < 10_000, $"naive p99 {target.Naive.GetValueAtPercentile(99)}");
        Assert.True(target.Naive.GetMaxValue() >= 50_000_000);
    }

    [Fact]
    public void AStepWithFewEventsStillLastsItsDurationAndARampStepOfferedRateIsItsMean()
    {
        var clock = new ManualTime();
        var target = new StallingTarget(clock, stallAtEvent: -1, stallNs: 0, serviceNs: 0);
        var step = new LoadStep("c", StepKind.Constant, 2, TimeSpan.FromSeconds(3));

        GeneratorResult result = new RateGenerator(clock).Run(step, target, TestContext.Current.CancellationToken);

        Assert.Equal(6, result.Sent);
        Assert.Equal(3_000_000_000, clock.NowNs());
        Assert.Equal(5_500, new LoadStep("r", StepKind.Ramp, 10_000, TimeSpan.FromSeconds(1), 1_000).MeanRate);
    }

    [Fact]
    public void AThresholdPassesAtItsLimitFailsAboveItAndJudgesNothingWithoutData()
    {
        var h = new LongHistogram(RateGenerator.HighestTrackableNs, 3);
        for (int i = 1; i <= 1_000; i++)
        {
            h.RecordValue(i * 1_000L); // 1 µs … 1 ms
        }

        LatencyChannel[] channels = [new("x", "", LatencyStats.From(h), h), new("empty", "", LatencyStats.Empty)];

        Assert.True(Verdict.Judge(new Threshold("x", 50, 501_000), channels).Passed);
        Assert.False(Verdict.Judge(new Threshold("x", 99.9, 100_000), channels).Passed);
        Assert.Null(Verdict.Judge(new Threshold("empty", 50, 1), channels).Passed);
        Assert.Null(Verdict.Judge(new Threshold("missing", 50, 1), channels).Passed);
    }

    [Fact]
    public void OptionsOverrideThePrimaryChannelsBudgetsAndAddThresholds()
    {
        LoadOptions o = LoadOptions.Parse(["fix", "--rate", "500", "--duration", "2s", "--p50", "5us", "--threshold", "send_lag:max=1ms", "--sessions", "6", "--quick"]);
        IReadOnlyList<Threshold> defaults = [new("p", 50, 2_000), new("p", 99.9, 20_000)];

        IReadOnlyList<Threshold> t = o.EffectiveThresholds("p", defaults);

        Assert.Equal("fix", o.Scenario);
        Assert.Equal(500, o.Rate);
        Assert.Equal(TimeSpan.FromSeconds(2), o.Duration);
        Assert.Equal(6, o.Sessions);
        Assert.Equal([new Threshold("p", 99.9, 20_000), new Threshold("p", 50, 5_000), new Threshold("send_lag", 100, 1_000_000)], t);
        Assert.Throws<UsageException>(() => LoadOptions.Parse(["ticks", "fix"]));
        Assert.Throws<UsageException>(() => LoadOptions.Parse(["--sessions", "1"]));
    }

    [Fact]
    public void TheCompletionQueueReleasesEventsInOrderOnlyOnceTheirSequenceCompletedAndCountsOverflow()
    {
        var q = new CompletionQueue(4);
        for (long s = 10; s < 15; s++)
        {
            q.Add(s, s * 100);
        }

        Assert.Equal(4, q.Count);
        Assert.Equal(1, q.Untracked);
        Assert.False(q.TryTake(9, out _));
        Assert.True(q.TryTake(11, out long first));
        Assert.True(q.TryTake(11, out long second));
        Assert.False(q.TryTake(11, out _));
        Assert.Equal((1_000, 1_100), (first, second));
        Assert.Equal(2, q.Count);
    }

    /// <summary>A clock that only moves when told: waiting jumps straight to the due time.</summary>
    private sealed class ManualTime : ITimeSource
    {
        private long _now;

        public long NowNs() => _now;

        public void WaitTowards(long dueNs, bool inFlight) => _now = Math.Max(_now, dueNs);

        public void Advance(long ns) => _now += ns;
    }

    /// <summary>A synchronous consumer that takes <c>serviceNs</c> per event and stalls once; records latency from the intended and from the actual send time.</summary>
    private sealed class StallingTarget(ManualTime clock, int stallAtEvent, long stallNs, long serviceNs) : ILoadTarget
    {
        private int _events;

        public LongHistogram Corrected { get; } = new(RateGenerator.HighestTrackableNs, 3);

        public LongHistogram Naive { get; } = new(RateGenerator.HighestTrackableNs, 3);

        public bool Send(long intendedNs)
        {
            long start = clock.NowNs();
            clock.Advance(_events++ == stallAtEvent ? stallNs : serviceNs);
            Corrected.RecordValue(clock.NowNs() - intendedNs);
            Naive.RecordValue(clock.NowNs() - start);
            return true;
        }

        public bool Poll(long nowNs) => false;
    }
}
