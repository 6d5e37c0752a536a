namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>The structured matrix a Ledoit–Wolf estimate shrinks the sample covariance towards.</summary>
public enum ShrinkageTarget
{
    /// <summary>
    /// Sample variances with every correlation set to the average sample correlation — Ledoit &amp; Wolf
    /// (2004), "Honey, I shrunk the sample covariance matrix", J. Portfolio Management 30(4).
    /// </summary>
    ConstantCorrelation = 0,

    /// <summary>
    /// (tr S / N)·I — Ledoit &amp; Wolf (2004), "A well-conditioned estimator for large-dimensional
    /// covariance matrices", J. Multivariate Analysis 88.
    /// </summary>
    ScaledIdentity = 1,
}
