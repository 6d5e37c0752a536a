using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// Correlation stress scenarios: move correlations towards +1 (the "everything sells off together"
/// crisis), towards ±1 by their sign, towards a given stressed matrix, or override chosen pairs — then
/// repair to the nearest valid correlation matrix (<see cref="NearestCorrelation"/>) when the stress
/// broke positive semi-definiteness. Volatilities are untouched; use
/// <see cref="CorrelationMatrix.ToCovariance"/> to rebuild a stressed covariance.
/// </summary>
public static class CorrelationStress
{
    /// <summary>ρ' = (1 − w)·ρ + w for every off-diagonal pair (a convex mix of valid matrices, so always valid).</summary>
    public static StressedCorrelation TowardsOne(Matrix<double> correlation, double weight)
    {
        CheckInputs(correlation, weight);
        var stressed = correlation.Clone();
        Map(stressed, (rho, _, _) => ((1.0 - weight) * rho) + weight);
        return Finish(stressed);
    }

    /// <summary>ρ' = (1 − w)·ρ + w·sign(ρ): strengthens every existing relation (may need repair).</summary>
    public static StressedCorrelation TowardsExtremes(Matrix<double> correlation, double weight)
    {
        CheckInputs(correlation, weight);
        var stressed = correlation.Clone();
        Map(stressed, (rho, _, _) => ((1.0 - weight) * rho) + (weight * (rho >= 0.0 ? 1.0 : -1.0)));
        return Finish(stressed);
    }

    /// <summary>C' = (1 − w)·C + w·C_stressed for a stressed matrix from a crisis window or a scenario desk.</summary>
    public static StressedCorrelation Blend(Matrix<double> correlation, Matrix<double> stressedCorrelation, double weight)
    {
        CheckInputs(correlation, weight);
        CorrelationMatrix.CheckCorrelationShape(stressedCorrelation, nameof(stressedCorrelation));
        if (stressedCorrelation.RowCount != correlation.RowCount)
        {
            Guard.Fail(nameof(stressedCorrelation), $"stressedCorrelation is {stressedCorrelation.RowCount}x{stressedCorrelation.ColumnCount} but correlation is {correlation.RowCount}x{correlation.ColumnCount}");
        }

        var stressed = (correlation * (1.0 - weight)) + (stressedCorrelation * weight);
        return Finish(stressed);
    }

    /// <summary>Sets chosen pairs to stressed values (both triangles) and repairs the result.</summary>
    public static StressedCorrelation WithOverrides(Matrix<double> correlation, ReadOnlySpan<CorrelationOverride> overrides)
    {
        CheckInputs(correlation, 0.0);
        var stressed = correlation.Clone();
        int n = correlation.RowCount;
        for (int k = 0; k < overrides.Length; k++)
        {
            var o = overrides[k];
            if ((uint)o.I >= (uint)n || (uint)o.J >= (uint)n || o.I == o.J)
            {
                Guard.Fail(nameof(overrides), $"overrides[{k}] names pair ({o.I},{o.J}); it must be two different factors in 0..{n - 1}");
            }

            if (!(Math.Abs(o.Correlation) <= 1.0))
            {
                Guard.Fail(nameof(overrides), $"overrides[{k}] correlation is {Guard.Format(o.Correlation)}; it must lie in [−1, 1]");
            }

            stressed.At(o.I, o.J, o.Correlation);
            stressed.At(o.J, o.I, o.Correlation);
        }

        return Finish(stressed);
    }

    private static void CheckInputs(Matrix<double> correlation, double weight)
    {
        CorrelationMatrix.CheckCorrelationShape(correlation, nameof(correlation));
        if (!(weight >= 0.0 && weight <= 1.0))
        {
            Guard.Fail(nameof(weight), $"weight must lie in [0, 1] but was {Guard.Format(weight)}");
        }
    }

    private static void Map(Matrix<double> m, Func<double, int, int, double> f)
    {
        for (int i = 0; i < m.RowCount; i++)
        {
            for (int j = 0; j < m.ColumnCount; j++)
            {
                if (i != j)
                {
                    m.At(i, j, f(m.At(i, j), i, j));
                }
            }
        }
    }

    private static StressedCorrelation Finish(Matrix<double> stressed)
    {
        double minEigen = NearestCorrelation.MinimumEigenvalue(stressed);

        // Already valid (to rounding): keep the scenario exactly as specified.
        if (minEigen >= -Guard.PsdRelativeTolerance * stressed.RowCount)
        {
            return new StressedCorrelation(stressed, minEigen, 0.0);
        }

        var repaired = NearestCorrelation.Repair(stressed);
        return new StressedCorrelation(repaired, minEigen, (repaired - stressed).FrobeniusNorm());
    }
}
