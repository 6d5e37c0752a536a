using MathNet.Numerics.Distributions;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>Standard-normal facts the parametric methods share: z_c = Φ⁻¹(c) and the ES multiplier φ(z_c)/(1 − c).</summary>
internal static class NormalQuantiles
{
    public static double Z(double confidence) => Normal.InvCDF(0.0, 1.0, confidence);

    /// <summary>E[−Z | Z &lt; −z_c] = φ(z_c)/(1 − c): ES of a unit normal loss.</summary>
    public static double ShortfallMultiplier(double confidence) =>
        Normal.PDF(0.0, 1.0, Z(confidence)) / (1.0 - confidence);
}
