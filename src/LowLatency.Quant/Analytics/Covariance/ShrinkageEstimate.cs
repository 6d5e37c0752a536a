using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// A Ledoit–Wolf estimate Σ̂ = δ·F + (1 − δ)·S with its parts, so a caller can log how much structure
/// was imposed (δ near 1 means the sample was too short to trust).
/// </summary>
public sealed class ShrinkageEstimate
{
    internal ShrinkageEstimate(Matrix<double> covariance, Matrix<double> sample, Matrix<double> target, double intensity, ShrinkageTarget kind)
    {
        Covariance = covariance;
        Sample = sample;
        Target = target;
        Intensity = intensity;
        Kind = kind;
    }

    /// <summary>The shrunk covariance δ·F + (1 − δ)·S.</summary>
    public Matrix<double> Covariance { get; }

    /// <summary>S, the maximum-likelihood sample covariance (denominator T, as in both papers).</summary>
    public Matrix<double> Sample { get; }

    /// <summary>F, the shrinkage target.</summary>
    public Matrix<double> Target { get; }

    /// <summary>δ in [0, 1]: the estimated optimal weight on the target.</summary>
    public double Intensity { get; }

    public ShrinkageTarget Kind { get; }
}
