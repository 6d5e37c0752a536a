using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Liquidation;

public class ProtectionLevelsTests
{
    private static readonly ProtectionLevels Levels = new(MarginBook.Liquidation);

    [Theory]
    [InlineData(1.6, ProtectionLevel.AddCollateral)]
    [InlineData(1.3, ProtectionLevel.ReduceExposure)]
    [InlineData(1.1, ProtectionLevel.FullLiquidation)]
    public void EachLevelIsEnteredExactlyAtItsThresholdAndNotOneUlpAbove(double threshold, ProtectionLevel level)
    {
        Assert.Equal(level, Levels.Next(ProtectionLevel.Normal, threshold));
        Assert.Equal(level - 1, Levels.Next(ProtectionLevel.Normal, Math.BitIncrement(threshold)));
    }

    [Fact]
    public void ALevelIsLeftOnlyOnceTheRatioClearsItsThresholdPlusHysteresis()
    {
        ProtectionLevel level = ProtectionLevel.Normal;
        (double Ratio, ProtectionLevel Expected)[] path =
        [
            (1.55, ProtectionLevel.AddCollateral),
            (1.65, ProtectionLevel.AddCollateral), // above 1.6 but below 1.7
            (1.599, ProtectionLevel.AddCollateral),
            (1.25, ProtectionLevel.ReduceExposure),
            (1.35, ProtectionLevel.ReduceExposure), // below 1.4
            (1.401, ProtectionLevel.AddCollateral), // cleared 1.3 + 0.1, still below 1.6 + 0.1
            (1.05, ProtectionLevel.FullLiquidation),
            (1.19, ProtectionLevel.FullLiquidation),
            (1.25, ProtectionLevel.ReduceExposure),
            (1.69, ProtectionLevel.AddCollateral),
            (1.701, ProtectionLevel.Normal),
            (1.61, ProtectionLevel.Normal),
        ];
        foreach ((double ratio, ProtectionLevel expected) in path)
        {
            level = Levels.Next(level, ratio);
            Assert.Equal(expected, level);
        }
    }

    [Fact]
    public void ARatioHoveringAroundAThresholdNeverFlipsTheLevel()
    {
        ProtectionLevel level = ProtectionLevel.Normal;
        int changes = 0;
        var rnd = new Random(5);
        for (int i = 0; i < 10_000; i++)
        {
            ProtectionLevel next = Levels.Next(level, 1.6 + (rnd.NextDouble() - 0.5) * 0.19); // ±0.095 around 1.6
            changes += next != level ? 1 : 0;
            level = next;
        }

        Assert.Equal(1, changes); // entered once, never left: the ratio never reaches 1.7
    }

    [Fact]
    public void ANaNRatioChangesNothingAndNoMaintenanceIsNormal()
    {
        Assert.Equal(ProtectionLevel.ReduceExposure, Levels.Next(ProtectionLevel.ReduceExposure, double.NaN));
        Assert.Equal(ProtectionLevel.Normal, Levels.Next(ProtectionLevel.FullLiquidation, double.PositiveInfinity));
        Assert.Equal(ProtectionLevel.FullLiquidation, Levels.Next(ProtectionLevel.Normal, -3)); // negative equity
    }
}
