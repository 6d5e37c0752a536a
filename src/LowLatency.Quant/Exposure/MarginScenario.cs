namespace LowLatency.Quant.Exposure;

/// <summary>The option part of <see cref="MarginParameters"/> as a flat struct the kernels read per underlying.</summary>
public readonly record struct MarginScenario(double ScanRange, double VolShift, double ShortOptionMinimum, double OptionMaintenanceFraction)
{
    /// <summary>Extracts the option scenario parameters.</summary>
    public static MarginScenario From(MarginParameters p) => new(p.ScanRange, p.VolShift, p.ShortOptionMinimum, p.OptionMaintenanceFraction);
}
