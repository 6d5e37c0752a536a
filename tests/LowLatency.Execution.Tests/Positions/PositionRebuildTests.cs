using LowLatency.Execution.Positions;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Fills;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Positions;

public class PositionRebuildTests
{
    [Fact]
    public void ReplayingTheFillJournalRebuildsExactlyTheLivePositions()
    {
        var h = new EngineHarness();
        var random = new Random(2026);
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "1000", "100.10", "1000");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.95", "1000", "100.05", "1000");
        h.Quote(TestSetup.V1, TestSetup.Btc, "50000", "5", "50000.5", "5");
        for (int i = 0; i < 60; i++)
        {
            bool btc = random.Next(3) == 0;
            Side side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            int sentBefore = h.Wire.Sent.Count;
            var result = btc
                ? h.Intent(TestSetup.Btc, side, "0.25" + random.Next(10), ExecutionUrgency.Aggressive)
                : h.Intent(TestSetup.Test, side, (2 + random.Next(20)).ToString(System.Globalization.CultureInfo.InvariantCulture), ExecutionUrgency.Aggressive);
            Assert.True(result.Sent > 0, $"intent {i}: {result}");
            foreach (SentMessage nos in h.Wire.Sent.Skip(sentBefore).ToList())
            {
                decimal qty = decimal.Parse(nos.OrderQty!.Value.ToString(), System.Globalization.CultureInfo.InvariantCulture);
                decimal part = btc ? Math.Round(qty / 2, 3) : Math.Floor(qty / 2);
                string px = nos.Price!.Value.ToString();
                string commission = (random.NextDouble() * 2 - 0.5).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
                h.Fill(nos, Str(part), px, Str(part), commission);
                h.Fill(nos, Str(qty - part), px, Str(qty), liquidity: random.Next(1, 3));
            }

            h.Advance(1_000_000);
        }

        FillEvent[] journal = h.Events.Fills.Select(f => f.Fill).ToArray();
        Assert.True(journal.Length >= 100);
        Assert.Equal(Enumerable.Range(1, journal.Length).Select(i => (long)i), journal.Select(f => f.Sequence));

        PositionBook rebuilt = PositionBook.Rebuild(h.Engine.Instruments, h.Engine.Venues, journal);
        foreach (var instrument in new[] { TestSetup.Test, TestSetup.Btc, TestSetup.Eth })
        {
            AssertSame(h.Engine.Positions.Get(instrument), rebuilt.Get(instrument));
            foreach (var venue in new[] { TestSetup.V1, TestSetup.V2, TestSetup.V3 })
            {
                AssertSame(h.Engine.Positions.Get(instrument, venue), rebuilt.Get(instrument, venue));
            }
        }

        Assert.Equal(h.Engine.Positions.TotalRealisedPnl(), rebuilt.TotalRealisedPnl());
        Assert.Equal(h.Engine.Positions.TotalFees(), rebuilt.TotalFees());
        Assert.NotEqual(0.0, rebuilt.TotalFees());
    }

    private static void AssertSame(PositionSnapshot live, PositionSnapshot replayed)
    {
        // Marks are market data, not fills: compare everything the fills decide, bit for bit.
        Assert.Equal(live with { MarkPrice = 0, UnrealisedPnl = 0 }, replayed with { MarkPrice = 0, UnrealisedPnl = 0 });
    }

    private static string Str(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
