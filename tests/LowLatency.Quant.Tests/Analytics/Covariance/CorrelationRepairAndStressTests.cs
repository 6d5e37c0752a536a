using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Covariance;

namespace LowLatency.Quant.Tests.Analytics.Covariance;

public class CorrelationRepairAndStressTests
{
    [Fact]
    public void RepairReproducesHighamsPublishedThreeByThreeExample()
    {
        // Higham (2002), §4: the nearest correlation matrix to [[1,1,0],[1,1,1],[0,1,1]] is
        // [[1, 0.7607, 0.1573], [0.7607, 1, 0.7607], [0.1573, 0.7607, 1]].
        var a = TestMatrices.Of(new double[,] { { 1, 1, 0 }, { 1, 1, 1 }, { 0, 1, 1 } });
        var x = NearestCorrelation.Repair(a, tolerance: 1e-12, minEigenvalue: 0.0);
        Assert.Equal(0.7607, x[0, 1], 4);
        Assert.Equal(0.1573, x[0, 2], 4);
        Assert.Equal(0.7607, x[1, 2], 4);
        Assert.Equal(1.0, x[1, 1], 12);
        Assert.True(NearestCorrelation.MinimumEigenvalue(x) > -1e-9);
    }

    [Fact]
    public void RepairLeavesAValidCorrelationMatrixAsItIs()
    {
        var c = TestMatrices.Of(new double[,] { { 1, 0.3, -0.2 }, { 0.3, 1, 0.5 }, { -0.2, 0.5, 1 } });
        var x = NearestCorrelation.Repair(c);
        Assert.True((x - c).FrobeniusNorm() < 1e-9);
    }

    [Fact]
    public void RepairedMatricesArePositiveDefiniteWithAUnitDiagonalSoCholeskySucceeds()
    {
        var a = TestMatrices.Of(new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } });
        Assert.True(NearestCorrelation.MinimumEigenvalue(a) < 0);
        var x = NearestCorrelation.Repair(a);
        Assert.True(NearestCorrelation.MinimumEigenvalue(x) > 0);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(1.0, x[i, i]);
        }

        _ = x.Cholesky();
    }

    [Fact]
    public void PushingTowardsOneIsAConvexMixAndNeedsNoRepair()
    {
        var c = TestMatrices.Of(new double[,] { { 1, 0.2, -0.4 }, { 0.2, 1, 0.0 }, { -0.4, 0.0, 1 } });
        var stressed = CorrelationStress.TowardsOne(c, 0.5);
        Assert.False(stressed.WasRepaired);
        Assert.Equal(0.6, stressed.Correlation[0, 1], 15);
        Assert.Equal(0.3, stressed.Correlation[0, 2], 15);
        Assert.Equal(0.5, stressed.Correlation[1, 2], 15);
        Assert.Equal(1.0, stressed.Correlation[2, 2]);
    }

    [Fact]
    public void AnInconsistentStressIsRepairedToTheNearestValidMatrix()
    {
        var c = TestMatrices.Of(new double[,] { { 1, 0.5, 0.5 }, { 0.5, 1, 0.0 }, { 0.5, 0.0, 1 } });

        // "1 and 2 move together, 1 and 3 move together, but 2 and 3 move opposite" cannot all hold.
        var stressed = CorrelationStress.WithOverrides(c, [new CorrelationOverride(0, 1, 0.95), new CorrelationOverride(0, 2, 0.95), new CorrelationOverride(1, 2, -0.95)]);
        Assert.True(stressed.WasRepaired);
        Assert.True(stressed.MinEigenvalueBeforeRepair < 0);
        Assert.True(stressed.RepairDistance > 0);
        Assert.True(NearestCorrelation.MinimumEigenvalue(stressed.Correlation) > 0);

        var extremes = CorrelationStress.TowardsExtremes(TestMatrices.Of(new double[,] { { 1, 0.6, 0.6 }, { 0.6, 1, -0.3 }, { 0.6, -0.3, 1 } }), 0.9);
        Assert.True(extremes.WasRepaired);
        Assert.True(NearestCorrelation.MinimumEigenvalue(extremes.Correlation) > 0);
    }

    [Fact]
    public void BadStressInputsAreRefusedWithAClearMessage()
    {
        var c = TestMatrices.Of(new double[,] { { 1, 0.2 }, { 0.2, 1 } });
        Assert.Contains("overrides[0]", Assert.Throws<RiskInputException>(() => CorrelationStress.WithOverrides(c, [new CorrelationOverride(0, 5, 0.5)])).Message, StringComparison.Ordinal);
        Assert.Contains("[−1, 1]", Assert.Throws<RiskInputException>(() => CorrelationStress.WithOverrides(c, [new CorrelationOverride(0, 1, 1.5)])).Message, StringComparison.Ordinal);
        Assert.Contains("weight", Assert.Throws<RiskInputException>(() => CorrelationStress.TowardsOne(c, 1.5)).Message, StringComparison.Ordinal);
        var notUnit = TestMatrices.Of(new double[,] { { 2, 0.2 }, { 0.2, 1 } });
        Assert.Contains("unit diagonal", Assert.Throws<RiskInputException>(() => CorrelationStress.TowardsOne(notUnit, 0.1)).Message, StringComparison.Ordinal);
        var asymmetric = TestMatrices.Of(new double[,] { { 1, 0.2 }, { 0.3, 1 } });
        Assert.Contains("not symmetric", Assert.Throws<RiskInputException>(() => NearestCorrelation.Repair(asymmetric)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CovarianceSplitsIntoVolatilitiesAndCorrelationsAndBack()
    {
        var cov = TestMatrices.Of(new double[,] { { 0.04, 0.006 }, { 0.006, 0.01 } });
        var corr = CorrelationMatrix.FromCovariance(cov, out double[] vols);
        Assert.Equal(0.2, vols[0], 15);
        Assert.Equal(0.1, vols[1], 15);
        Assert.Equal(0.3, corr[0, 1], 15);
        Assert.True((CorrelationMatrix.ToCovariance(corr, vols) - cov).FrobeniusNorm() < 1e-16);
    }
}
