using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;

namespace LowLatency.Execution.Tests.Metrics;

public class ExecutionMetricsTests
{
    [Fact]
    public void CountersAreKeptPerReasonPerOutcomeAndPerVenue()
    {
        var metrics = new ExecutionMetrics(venues: 3);
        metrics.Refused(RiskReason.PriceCollar, 1);
        metrics.Refused(RiskReason.PriceCollar, 1);
        metrics.Refused(RiskReason.MaxPosition, 2);
        metrics.NotRouted(RouteReason.NoLiquidity);
        metrics.Outcome(ReportOutcome.DuplicateExecId);
        metrics.VenueRejectCode(3);
        metrics.VenueRejectCode(12345);
        metrics.Increment(2, VenueCounter.OrdersSent);
        metrics.Increment(2, VenueCounter.OrdersSent);
        metrics.Increment(2, VenueCounter.OrdersFilled);

        Assert.Equal(2, metrics.Read(RiskReason.PriceCollar));
        Assert.Equal(1, metrics.Read(RiskReason.MaxPosition));
        Assert.Equal(3, metrics.Read(ExecutionCounter.RiskRefusals));
        Assert.Equal(2, metrics.Read(1, VenueCounter.RiskRefusals));
        Assert.Equal(1, metrics.Read(RouteReason.NoLiquidity));
        Assert.Equal(1, metrics.Read(ReportOutcome.DuplicateExecId));
        Assert.Equal(1, metrics.ReadRejectCode(3));
        Assert.Equal(1, metrics.ReadRejectCode(100)); // everything out of range lands in "other"
        Assert.Equal(0.5, metrics.FillRatio(2));
        Assert.Equal(0.0, metrics.FillRatio(0));
    }

    [Fact]
    public void AMetricsThreadReadsCountersWhileTheDecisionThreadWritesThem()
    {
        const int Increments = 2_000_000;
        var metrics = new ExecutionMetrics(venues: 1);
        using var started = new ManualResetEventSlim();
        var writer = new Thread(() =>
        {
            started.Set();
            for (int i = 0; i < Increments; i++)
            {
                metrics.Increment(ExecutionCounter.OrdersSent);
                metrics.Increment(0, VenueCounter.Fills);
            }
        });
        long last = 0;
        long reads = 0;
        bool monotonic = true;
        var reader = new Thread(() =>
        {
            started.Wait(TestContext.Current.CancellationToken);
            while (last < Increments)
            {
                long now = metrics.Read(ExecutionCounter.OrdersSent);
                monotonic &= now >= last;
                last = now;
                reads++;
                Thread.Yield();
            }
        });
        reader.Start();
        writer.Start();
        Assert.True(writer.Join(TimeSpan.FromSeconds(30)));
        Assert.True(reader.Join(TimeSpan.FromSeconds(30)));
        Assert.True(monotonic);
        Assert.Equal(Increments, metrics.Read(ExecutionCounter.OrdersSent));
        Assert.Equal(Increments, metrics.Read(0, VenueCounter.Fills));
        Assert.True(reads > 0);
    }
}
