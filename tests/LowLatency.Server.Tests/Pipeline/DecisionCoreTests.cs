using LowLatency.Core.Ids;
using LowLatency.Execution.Metrics;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;
using LowLatency.Server.Replay;
using LowLatency.Server.Tests.Support;
using LowLatency.Testing;

namespace LowLatency.Server.Tests.Pipeline;

public sealed class DecisionCoreTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);
    private readonly TempDirectory _dir = new("ll-decision");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TheDecisionStageAllocatesNothingPerTickWithDecisionsOrdersAndFillsFlowing()
    {
        EngineConfig config = TestServers.Config();
        InboundEvent[] stream = SyntheticMarket.Generate(config, 1_500, Step, seed: 11);
        using var loop = new DecisionLoop(config, recordOrders: false);
        int next = 0;
        int half = stream.Length / 2;
        while (next < half)
        {
            loop.Feed(ref stream[next++]);
        }

        long ordersBefore = loop.Core.Engine.Metrics.Read(ExecutionCounter.OrdersSent);
        long fillsBefore = loop.Core.Engine.Metrics.Read(ExecutionCounter.Fills);
        long ticksBefore = loop.Counters.Read(ServerCounter.BookTicks);
        int measured = stream.Length - half - 1;
        long bytes = Allocations.Measure(() => loop.Feed(ref stream[next++]), iterations: measured, warmup: 0);

        Assert.Equal(0, bytes);
        Assert.True(loop.Counters.Read(ServerCounter.BookTicks) - ticksBefore > 1_000, "the window ticked the book");
        Assert.True(loop.Core.Engine.Metrics.Read(ExecutionCounter.OrdersSent) > ordersBefore, "the window sent orders");
        Assert.True(loop.Core.Engine.Metrics.Read(ExecutionCounter.Fills) > fillsBefore, "the window applied fills");
        Assert.True(loop.Counters.Read(ServerCounter.StatsPublished) > 0, "timer work ran in the window");
    }

    [Fact]
    public void TheSameInboundStreamAlwaysProducesTheSameOrders()
    {
        EngineConfig config = TestServers.Config();
        InboundEvent[] stream = SyntheticMarket.Generate(config, 600, Step, seed: 5);
        var runs = new List<IReadOnlyList<OrderSentRecord>>();
        for (int run = 0; run < 2; run++)
        {
            using var loop = new DecisionLoop(config);
            for (int i = 0; i < stream.Length; i++)
            {
                loop.Feed(ref stream[i]);
            }

            runs.Add(loop.Orders.Select(o => o with { UtcNs = 0 }).ToList());
        }

        Assert.True(runs[0].Count > 5, $"the scenario trades ({runs[0].Count} orders)");
        Assert.Equal(runs[0], runs[1]);
    }

    [Fact]
    public void ARestartFromTheJournalMidStreamEndsWithTheSamePositionsAsAnUninterruptedRun()
    {
        EngineConfig config = TestServers.Config();
        InboundEvent[] stream = SyntheticMarket.Generate(config, 800, Step, seed: 23);
        int cut = stream.Length / 2;

        using var uninterrupted = new DecisionLoop(config);
        for (int i = 0; i < stream.Length; i++)
        {
            uninterrupted.Feed(ref stream[i]);
        }

        string journal = Path.Combine(_dir.Path, "engine.journal");
        using (var before = new DecisionLoop(config, journalPath: journal))
        {
            for (int i = 0; i < cut; i++)
            {
                before.Feed(ref stream[i]);
            }

            Assert.True(before.Orders.Count > 0, "the first half traded");
        }

        using var after = new DecisionLoop(config, startFrom: JournalHistory.Read(journal));
        Feed(after, stream[0]); // the new process syncs its clock and sees the venues log on again
        for (int v = 1; v <= config.Venues.Count; v++)
        {
            Feed(after, stream[v]);
        }

        for (int i = cut; i < stream.Length; i++)
        {
            after.Feed(ref stream[i]);
        }

        Assert.True(after.Orders.Count > 0, "the second half traded");
        foreach (var instrument in config.Portfolio.Instruments)
        {
            var id = new InstrumentId(instrument.Id);
            Assert.Equal(uninterrupted.Rebalancing.Book.QuantityOf(id), after.Rebalancing.Book.QuantityOf(id), 9);
            Assert.Equal(uninterrupted.Core.Engine.Positions.Get(id).NetQuantity, after.Core.Engine.Positions.Get(id).NetQuantity);
        }

        Assert.Equal(uninterrupted.Rebalancing.Book.Account.Cash, after.Rebalancing.Book.Account.Cash, 6);
        Assert.Equal(uninterrupted.Core.Engine.NextOrderSequence, after.Core.Engine.NextOrderSequence);
    }

    private static void Feed(DecisionLoop loop, InboundEvent e) => loop.Feed(ref e);
}
