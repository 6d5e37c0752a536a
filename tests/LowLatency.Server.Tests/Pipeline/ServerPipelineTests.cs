using LowLatency.Execution.Metrics;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;
using LowLatency.Server.Replay;
using LowLatency.Server.Tests.Support;
using LowLatency.Testing;

namespace LowLatency.Server.Tests.Pipeline;

/// <summary>The real rings and stage threads, fed through the inbound ring without venues.</summary>
public sealed class ServerPipelineTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _dir = new("ll-pipeline");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(WaitStrategyKind.Blocking)]
    [InlineData(WaitStrategyKind.Yielding)]
    public void TicksThroughTheRingsReachTheBookAndOrdersNoSessionTakesAreRejectedLocally(WaitStrategyKind wait)
    {
        EngineConfig config = TestServers.Config();
        using var server = TradingServer.Create(config, TestServers.Options(_dir.Path, venue: null) with { WaitStrategy = wait });
        server.Start();
        InboundEvent[] stream = SyntheticMarket.Generate(config, 300, TimeSpan.FromMinutes(1), seed: 3);
        foreach (InboundEvent e in stream)
        {
            Publish(server, e);
        }

        // the sender has no session (no venues connected): each order comes back as a local business reject
        Assert.True(Wait.Until(() => server.Counters.Read(ServerCounter.BookTicks) >= 600, Timeout));
        Assert.True(Wait.Until(() => server.ExecutionMetrics.Read(ExecutionCounter.OrdersSent) > 0, Timeout));
        Assert.True(Wait.Until(() => server.ExecutionMetrics.Read(ExecutionCounter.OrdersRejected) == server.ExecutionMetrics.Read(ExecutionCounter.OrdersSent), Timeout));
        Assert.True(server.Stop(Timeout));

        Assert.Equal(0, server.Decision.Engine.OpenOrderCount);
        Assert.Equal(0, server.Decision.TrackedOpenOrders);
        ExecutionMetrics m = server.ExecutionMetrics;
        Assert.Equal(0, server.Counters.Read(ServerCounter.MessagesSent));
        Assert.Equal(m.Read(ExecutionCounter.OrdersSent) + m.Read(ExecutionCounter.CancelsSent) + m.Read(ExecutionCounter.StatusRequests), server.Counters.Read(ServerCounter.SenderFailures));
        Assert.Equal(0, server.ExecutionMetrics.Read(ExecutionCounter.Fills));
        for (int slot = 0; slot < server.Rebalancing.Universe.InstrumentCount; slot++)
        {
            Assert.Equal(0, server.Rebalancing.Positions.Pending(slot)); // the rejected quantity went back to the policies
        }

        JournalContents journal = JournalReader.Read(server.JournalPath);
        Assert.Equal(server.ExecutionMetrics.Read(ExecutionCounter.OrdersSent), journal.Entries.Count(e => e.Type == JournalRecordType.OrderSent));
        Assert.Equal(JournalRecordType.Start, journal.Entries[0].Type);
        Assert.Equal(JournalRecordType.Stop, journal.Entries[^1].Type);
    }

    [Fact]
    public void TheKillSwitchTripsThroughTheRingAndIsJournalledBothWays()
    {
        using var server = TradingServer.Create(TestServers.Config(), TestServers.Options(_dir.Path, venue: null));
        server.Start();
        RiskFigures figures = server.CreateFigures();
        server.TripKillSwitch();
        Assert.True(Wait.Until(() => server.RefreshFigures(figures, Timeout) && figures.KillSwitchActive, Timeout));
        Assert.Equal(Execution.Risk.KillSwitchCause.Manual, figures.KillSwitchCause);
        server.ResetKillSwitch();
        Assert.True(Wait.Until(() => server.RefreshFigures(figures, Timeout) && !figures.KillSwitchActive, Timeout));
        Assert.True(server.Stop(Timeout));

        var events = JournalReader.Read(server.JournalPath).Entries.Where(e => e.Type == JournalRecordType.KillSwitch).Select(e => e.KillSwitch).ToList();
        Assert.Equal(2, events.Count);
        Assert.True(events[0].Active);
        Assert.Equal(-1, events[0].Venue);
        Assert.False(events[1].Active);
    }

    [Fact]
    public void RecordedInboundEventsReplayIntoTheSameOrders()
    {
        EngineConfig config = TestServers.Config();
        using (var server = TradingServer.Create(config, TestServers.Options(_dir.Path, venue: null) with { RecordInbound = true }))
        {
            server.Start();
            foreach (InboundEvent e in SyntheticMarket.Generate(config, 200, TimeSpan.FromMinutes(1), seed: 9))
            {
                Publish(server, e);
            }

            Assert.True(Wait.Until(() => server.Counters.Read(ServerCounter.BookTicks) >= 400, Timeout));
            Assert.True(server.Stop(Timeout));
        }

        ReplayResult result = JournalReplay.ReplayLastRun(config, Path.Combine(_dir.Path, "journal"));
        Assert.True(result.Journalled.Count > 0, "the run sent orders");
        Assert.Equal(result.Journalled.Select(o => o with { UtcNs = 0 }), result.Replayed.Select(o => o with { UtcNs = 0 }));
    }

    private static void Publish(TradingServer server, InboundEvent e)
    {
        long sequence = server.Inbound.Next();
        server.Inbound[sequence] = e;
        server.Inbound.Publish(sequence);
    }
}
