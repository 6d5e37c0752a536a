using LowLatency.Core.Ids;
using LowLatency.Execution.Metrics;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Metrics;
using LowLatency.Server.Tests.Support;
using LowLatency.Testing;

namespace LowLatency.Server.Tests.Hosting;

public sealed class TradingServerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void APriceJumpProducesHedgesThatFillAndTheEnginesPositionsEqualTheVenuesFills()
    {
        using var venue = new SimpleVenue(_dir.Path, TestServers.Quotes);
        using var server = TradingServer.Create(TestServers.Config(), TestServers.Options(_dir.Path, venue));
        server.Start();
        Assert.True(server.WaitForVenues(Timeout));
        RiskFigures figures = server.CreateFigures();
        Assert.True(Wait.Until(() => server.RefreshFigures(figures, Timeout) && figures.UnderlyingPrice.All(p => p > 0), Timeout));

        venue.SetMid("BTC", 66_000); // the short calls go deep: delta far outside its band
        Assert.True(Wait.Until(() => server.ExecutionMetrics.Read(ExecutionCounter.Fills) > 0, Timeout));
        Assert.True(server.Stop(Timeout));

        var positions = server.Decision.Engine.Positions;
        foreach (string symbol in TestServers.Quotes.Keys)
        {
            int id = server.Config.Portfolio.Find(symbol).Id;
            Assert.Equal(venue.Filled(symbol), positions.Get(new InstrumentId(id)).NetQuantity.ToDouble(), 9);
        }

        Assert.NotEqual(0, venue.Filled("BTC") + venue.Filled("BTC-PERP") + venue.Filled("BTC-FUT-MAR27"));
    }

    [Fact]
    public void ARestartFromTheJournalRebuildsPositionsCashAndOrderIdsExactly()
    {
        double[] quantities;
        double cash;
        long nextSequence;
        double[] executed;
        using (var venue = new SimpleVenue(_dir.Path, TestServers.Quotes))
        {
            using var first = TradingServer.Create(TestServers.Config(), TestServers.Options(_dir.Path, venue));
            first.Start();
            Assert.True(first.WaitForVenues(Timeout));
            RiskFigures figures = first.CreateFigures();
            Assert.True(Wait.Until(() => first.RefreshFigures(figures, Timeout) && figures.UnderlyingPrice.All(p => p > 0), Timeout));
            venue.SetMid("BTC", 66_000);
            Assert.True(Wait.Until(() => first.ExecutionMetrics.Read(ExecutionCounter.Fills) > 0, Timeout));
            venue.SetMid("BTC", 54_000);
            Assert.True(Wait.Until(() => first.ExecutionMetrics.Read(ExecutionCounter.Fills) > 1, Timeout));
            Assert.True(first.Stop(Timeout));
            quantities = Quantities(first);
            executed = Executed(first);
            cash = first.Rebalancing.Book.Account.Cash;
            nextSequence = first.Decision.Engine.NextOrderSequence;
        }

        double[] configured = TestServers.Config().Portfolio.Instruments.Select(i => i.Quantity).ToArray();
        Assert.NotEqual(configured, quantities); // the first run really traded

        using var second = TradingServer.Create(TestServers.Config(), TestServers.Options(_dir.Path, venue: null));
        Assert.True(second.ReplayedFills > 1);
        Assert.Equal(quantities, Quantities(second));
        Assert.Equal(executed, Executed(second));
        Assert.Equal(cash, second.Rebalancing.Book.Account.Cash);
        Assert.Equal(nextSequence, second.Decision.Engine.NextOrderSequence);
        Assert.True(second.History.EndedCleanly);
        Assert.Equal(second.Config.Fingerprint, second.History.LastFingerprint);
    }

    private static double[] Quantities(TradingServer server) =>
        server.Config.Portfolio.Instruments.Select(i => server.Rebalancing.Book.QuantityOf(new InstrumentId(i.Id))).ToArray();

    private static double[] Executed(TradingServer server) =>
        server.Config.Portfolio.Instruments.Select(i => server.Decision.Engine.Positions.Get(new InstrumentId(i.Id)).NetQuantity.ToDouble()).ToArray();
}
