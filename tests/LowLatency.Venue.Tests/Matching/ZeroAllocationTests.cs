using LowLatency.Testing;
using LowLatency.Venue.Tests.Support;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Matching;

public class ZeroAllocationTests
{
    [Fact]
    public void MatchingAllocatesNothingPerOrderAfterWarmUp()
    {
        var engine = new MatchingEngine<CountingListener>(VenueFixture.Instruments(), default, new MatchingEngineOptions { MaxOpenOrdersPerInstrument = 8192 });
        var flow = new MixedFlow<CountingListener>(engine, engine.GetBook(VenueFixture.Acme), seed: 42);

        Assert.Equal(0, Allocations.MeasureSteadyState(flow.Step, iterations: 50_000, warmup: 50_000));

        ref CountingListener counts = ref engine.Listener;
        Assert.True(counts.Trades > 5_000, $"the flow must trade to prove anything: {counts.Trades} trades");
        Assert.True(counts.CancelRejects > 0 && counts.Levels > 50_000, $"{counts.CancelRejects} cancel rejects, {counts.Levels} level updates");
    }

    [Fact]
    public void MassCancelAndExpiryAllocateNothingAfterWarmUp()
    {
        var engine = new MatchingEngine<CountingListener>(VenueFixture.Instruments(), default, new MatchingEngineOptions { MaxOpenOrdersPerInstrument = 8192 });
        var flow = new MixedFlow<CountingListener>(engine, engine.GetBook(VenueFixture.Acme), seed: 7);

        long allocated = Allocations.MeasureSteadyState(
            () =>
            {
                for (int i = 0; i < 50; i++)
                {
                    flow.Step();
                }

                engine.CancelAllForOwner(2);
                engine.ExpireDayOrders();
            },
            iterations: 500,
            warmup: 500);
        Assert.Equal(0, allocated);
    }
}
