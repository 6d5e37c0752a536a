using LowLatency.Core.Ids;
using LowLatency.Execution.Metrics;
using LowLatency.Fix.Session;
using LowLatency.Model.Intents;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;
using LowLatency.Server.Replay;
using LowLatency.Testing;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace LowLatency.IntegrationTests;

/// <summary>The trading server against the real simulated venues over loopback, in the demo configuration.</summary>
public sealed class ServerWithVenuesTests : IDisposable
{
    private static readonly TimeSpan Timeout = DemoRig.Timeout;
    private readonly string _dir = Directory.CreateTempSubdirectory("ll-it-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a log file still closing: the OS cleans the temp directory
        }
    }

    [Fact]
    public void MarketDataFromEveryVenueReachesTheRiskBookAndTheRiskAgent()
    {
        using var rig = new DemoRig(_dir);
        RiskFigures figures = rig.StartAndWaitForPrices();
        TradingServerProbe probe = new(rig.Server);

        Assert.True(Wait.Until(() => probe.AllVenuesSentMarketData && rig.Server.Counters.Read(ServerCounter.BookTicks) > 20, Timeout));
        Assert.True(Wait.Until(() => rig.Server.RiskReports.LatestGood is not null, Timeout), "the VaR agent reported on a live snapshot");
        Assert.InRange(figures.UnderlyingPrice[0], 40_000, 100_000); // BTC around the venues' 65 000
        Assert.True(figures.Equity > 0);
        Assert.True(rig.Server.RiskReports.LatestGood!.Parametric.ValueAtRisk > 0);
        Assert.True(rig.Server.Stop(Timeout));
    }

    [Fact]
    public void ADeltaBandBreachProducesHedgesThatFillAndThePositionsEqualTheVenuesFills()
    {
        using var rig = new DemoRig(_dir);
        rig.StartAndWaitForPrices();
        long fillsBefore = rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills);

        rig.ShockBtc(+0.08); // the short calls go deeper: delta leaves its band
        Assert.True(Wait.Until(() => rig.Server.Counters.Intents(RebalanceReason.GammaAwareDeltaBand) > 0, Timeout), "a delta hedge was decided");
        Assert.True(Wait.Until(() => rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills) > fillsBefore, Timeout), "the hedge filled");
        Assert.True(rig.Server.Stop(Timeout));

        Assert.True(rig.Ledger.Fills > 0);
        foreach (string symbol in new[] { "BTC", "BTC-PERP", "BTC-FUT-MAR27", "ETH", "ETH-PERP" })
        {
            var id = new InstrumentId(rig.Config.Portfolio.Find(symbol).Id);
            double engine = rig.Server.Decision.Engine.Positions.Get(id).NetQuantity.ToDouble();
            Assert.Equal(rig.Ledger.Filled(symbol), engine, 9);
            double configured = rig.Config.Portfolio.Find(symbol).Quantity;
            Assert.Equal(configured + engine, rig.Server.Rebalancing.Book.QuantityOf(id), 9); // the risk book moved with the fills
        }
    }

    [Fact]
    public void ARestartFromTheJournalRebuildsPositionsExactlyAndTradingResumes()
    {
        using var rig = new DemoRig(_dir);
        rig.StartAndWaitForPrices();
        rig.ShockBtc(+0.08);
        Assert.True(Wait.Until(() => rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills) > 0, Timeout));
        Assert.True(rig.Server.Stop(Timeout));
        double[] positions = Positions(rig);
        double[] book = Book(rig);
        double cash = rig.Server.Rebalancing.Book.Account.Cash;
        long nextOrder = rig.Server.Decision.Engine.NextOrderSequence;
        rig.Server.Dispose();

        rig.NewServer(); // a new process: everything from the journal
        Assert.Equal(positions, Positions(rig));
        Assert.Equal(book, Book(rig));
        Assert.Equal(cash, rig.Server.Rebalancing.Book.Account.Cash);
        Assert.True(rig.Server.Decision.Engine.NextOrderSequence >= nextOrder);

        rig.StartAndWaitForPrices(); // the venues kept their sessions' sequence numbers: the logon resumes them
        rig.ShockBtc(-0.12);
        long before = rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills);
        Assert.True(Wait.Until(() => rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills) > before, Timeout), "the restarted engine trades");
        Assert.True(rig.Server.Stop(Timeout));
        Assert.Equal(rig.Ledger.Filled("BTC-PERP"), rig.Server.Decision.Engine.Positions.Get(new InstrumentId(rig.Config.Portfolio.Find("BTC-PERP").Id)).NetQuantity.ToDouble(), 9);
    }

    [Fact]
    public void AVenueDisconnectTripsThatVenuesKillSwitchAndTheEngineReconnectsAndResumes()
    {
        using var rig = new DemoRig(_dir);
        rig.StartAndWaitForPrices();
        const int Venue2 = 1;
        long updatesBefore = rig.Server.MarketData.Updates(Venue2);

        Assert.True(rig.Venues["VENUE2"].DropSession("LLENGINE"));
        Assert.True(Wait.Until(() => rig.Server.Counters.Read(ServerCounter.VenueDowns) >= 1, Timeout), "the engine saw the drop");
        Assert.True(Wait.Until(() => rig.Server.Counters.Read(ServerCounter.VenueUps) >= 4, Timeout), "the engine logged on again");
        Assert.True(Wait.Until(() => rig.Server.Venue(Venue2) is { Session: FixSessionStatus.LoggedOn, Connected: true, KillSwitch: false }, Timeout));
        long updatesAfterReconnect = rig.Server.MarketData.Updates(Venue2);
        Assert.True(updatesAfterReconnect > updatesBefore);
        Assert.True(Wait.Until(() => rig.Server.MarketData.Updates(Venue2) > updatesAfterReconnect + 5, Timeout), "market data resumed");
        Assert.True(rig.Server.Stop(Timeout));

        var switches = JournalReader.Read(rig.Server.JournalPath).Entries.Where(e => e.Type == JournalRecordType.KillSwitch).Select(e => e.KillSwitch).ToList();
        Assert.Contains(switches, k => k.Venue == 2 && k.Active && k.Cause == Execution.Risk.KillSwitchCause.VenueDisconnect);
        Assert.Contains(switches, k => k.Venue == 2 && !k.Active);
        Assert.DoesNotContain(switches, k => k.Venue == -1 && k.Active); // the other venues and the global switch were untouched
    }

    [Fact]
    public void AGoldenRunWithFixedSeedsReplaysIntoExactlyTheSameDecisions()
    {
        using (var rig = new DemoRig(_dir, seed: 1234, recordInbound: true))
        {
            rig.StartAndWaitForPrices();
            rig.ShockBtc(+0.08);
            Assert.True(Wait.Until(() => rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills) > 0, Timeout));
            // A second hedge: whether one shock leaves the gamma-aware band depends on where the first hedge left delta
            // and on the live prices, so shocks alternate, growing, until a second order is filled (bounded).
            long fills = rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills);
            bool traded = false;
            for (int shock = 1; shock <= 4 && !traded; shock++)
            {
                rig.ShockBtc(shock % 2 == 1 ? -0.06 * shock : 0.06 * shock);
                traded = Wait.Until(() => rig.Server.ExecutionMetrics.Read(ExecutionCounter.Fills) > fills, TimeSpan.FromSeconds(5));
            }

            Assert.True(traded, "a second hedge traded: " + Describe(rig));
            Assert.True(rig.Server.Stop(Timeout));
        }

        ReplayResult result = JournalReplay.ReplayLastRun(DemoRig.CreateConfig(recordInbound: true), Path.Combine(_dir, "journal"));
        using (result.Loop)
        {
            Assert.True(result.Journalled.Count >= 2, $"the run sent orders ({result.Journalled.Count})");
            Assert.True(result.Identical, $"journalled {result.Journalled.Count} orders, replay decided {result.Replayed.Count}");
        }
    }

    private static string Describe(DemoRig rig)
    {
        ExecutionMetrics m = rig.Server.ExecutionMetrics;
        string intents = string.Join(", ", Enum.GetValues<RebalanceReason>().Select(r => $"{r}={rig.Server.Counters.Intents(r)}"));
        string unrouted = string.Join(", ", Enum.GetValues<Execution.Routing.RouteReason>().Where(r => m.Read(r) > 0).Select(r => $"{r}={m.Read(r)}"));
        return $"intents [{intents}], unrouted [{unrouted}], received {m.Read(ExecutionCounter.IntentsReceived)}, routed {m.Read(ExecutionCounter.IntentsRouted)}, " +
            $"not routed {m.Read(ExecutionCounter.IntentsNotRouted)}, risk refusals {m.Read(ExecutionCounter.RiskRefusals)}, sent {m.Read(ExecutionCounter.OrdersSent)}, " +
            $"acked {m.Read(ExecutionCounter.OrdersAcked)}, fills {m.Read(ExecutionCounter.Fills)}, rejected {m.Read(ExecutionCounter.OrdersRejected)}, " +
            $"canceled {m.Read(ExecutionCounter.OrdersCanceled)}, expired {m.Read(ExecutionCounter.OrdersExpired)}, kill switch trips {m.Read(ExecutionCounter.KillSwitchTrips)}, " +
            $"market data {m.Read(ExecutionCounter.MarketDataUpdates)} (ignored {m.Read(ExecutionCounter.MarketDataIgnored)}), " +
            $"decisions {rig.Server.Counters.Read(ServerCounter.Decisions)} (acted {rig.Server.Counters.Read(ServerCounter.DecisionsActed)}), band {rig.Server.Rebalancing.DeltaSnapshot(0)}, marks " +
            string.Join("; ", rig.Config.Portfolio.Instruments.Select(i => $"{i.Symbol}={rig.Server.Decision.Engine.Positions.Get(new InstrumentId(i.Id)).MarkPrice}"));
    }

    private static double[] Positions(DemoRig rig) =>
        rig.Config.Portfolio.Instruments.Select(i => rig.Server.Decision.Engine.Positions.Get(new InstrumentId(i.Id)).NetQuantity.ToDouble()).ToArray();

    private static double[] Book(DemoRig rig) =>
        rig.Config.Portfolio.Instruments.Select(i => rig.Server.Rebalancing.Book.QuantityOf(new InstrumentId(i.Id))).ToArray();

    private sealed class TradingServerProbe(Server.Hosting.TradingServer server)
    {
        public bool AllVenuesSentMarketData => Enumerable.Range(0, server.Config.Venues.Count).All(v => server.MarketData.Updates(v) > 0);
    }
}
