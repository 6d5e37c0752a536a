using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// A stressed correlation matrix after repair, with how far the raw stress was from a valid matrix, so
/// a report can say "the scenario as specified was inconsistent by this much".
/// </summary>
public sealed class StressedCorrelation
{
    internal StressedCorrelation(Matrix<double> correlation, double minEigenvalueBeforeRepair, double repairDistance)
    {
        Correlation = correlation;
        MinEigenvalueBeforeRepair = minEigenvalueBeforeRepair;
        RepairDistance = repairDistance;
    }

    /// <summary>The valid (positive definite, unit diagonal) stressed correlation matrix.</summary>
    public Matrix<double> Correlation { get; }

    /// <summary>Smallest eigenvalue of the stressed matrix as specified; negative means it was not a valid correlation matrix.</summary>
    public double MinEigenvalueBeforeRepair { get; }

    /// <summary>Frobenius distance between the stress as specified and the repaired matrix (0 when no repair was needed).</summary>
    public double RepairDistance { get; }

    /// <summary>True when the specified stress had to be moved to become valid.</summary>
    public bool WasRepaired => RepairDistance > 0.0;
}
