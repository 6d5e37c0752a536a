using LowLatency.Execution.Config;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Risk;

public class ThrottleTests
{
    private static readonly IReadOnlyList<VenueSettings> SlowVenues =
    [
        TestSetup.Venues[0] with { OrdersPerSecond = 10, Burst = 2 },
        TestSetup.Venues[1],
        TestSetup.Venues[2],
    ];

    [Fact]
    public void AVenueBucketAllowsItsBurstThenOneOrderPerRefillIntervalToTheNanosecond()
    {
        var f = new RiskFixture(venues: SlowVenues);
        Assert.Equal(RiskReason.Passed, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_990), f.Now));
        Assert.Equal(RiskReason.Passed, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_980), f.Now));
        Assert.Equal(RiskReason.VenueThrottle, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_970), f.Now));
        Assert.Equal(RiskReason.Passed, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_970, venue: 1), f.Now)); // other venue unaffected

        long start = f.Now;
        Assert.Equal(RiskReason.VenueThrottle, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_970), start + 99_999_999));
        Assert.Equal(RiskReason.Passed, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_970), start + 100_000_000)); // 10/s → 100 ms
        Assert.Equal(RiskReason.VenueThrottle, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_960), start + 100_000_000));
    }

    [Fact]
    public void TheGlobalBucketLimitsAllVenuesTogether()
    {
        var f = new RiskFixture(TestSetup.Risk with { GlobalOrdersPerSecond = 1, GlobalBurst = 3 });
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(RiskReason.Passed, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_990 - i, venue: i), f.Now));
        }

        Assert.Equal(RiskReason.GlobalThrottle, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_900), f.Now));
        Assert.Equal(RiskReason.Passed, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_900), f.Now + 1_000_000_000));
    }

    [Fact]
    public void ARefusedOrderConsumesNoRate()
    {
        var f = new RiskFixture(venues: SlowVenues);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(RiskReason.MaxOrderQuantity, f.Risk.CheckAndCommit(f.Order(Side.Buy, 1_000), f.Now));
        }

        Assert.Equal(2, f.Risk.VenueTokens(0, f.Now));
    }

    [Fact]
    public void ALongQuietPeriodRefillsToTheBurstOnlyAndNeverOverflows()
    {
        var f = new RiskFixture(venues: SlowVenues);
        f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_990), f.Now);
        f.Risk.CheckAndCommit(f.Order(Side.Buy, 1, 9_980), f.Now);
        Assert.Equal(0, f.Risk.VenueTokens(0, f.Now));
        Assert.Equal(2, f.Risk.VenueTokens(0, long.MaxValue / 2));
    }
}
