using LowLatency.Core;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// Margin model inputs for one underlying (cold configuration, validated once by <see cref="Validate"/>).
/// </summary>
/// <remarks>
/// The model (see <see cref="MarginModel"/>): linear positions (spot, futures, perpetuals) pay a percentage of
/// notional |q|·m·S; options pay a scenario margin — the worst delta-gamma-vega loss over an underlying move of
/// ±<see cref="ScanRange"/> combined with a volatility move of ±<see cref="VolShift"/> — capped at the premium
/// for long options and floored at <see cref="ShortOptionMinimum"/> of notional for short ones (the SPAN
/// short-option minimum). Maintenance is <see cref="OptionMaintenanceFraction"/> of that. Positions are
/// margined one by one, without offsets between them (conservative; full SPAN nets within an underlying).
/// </remarks>
public sealed record MarginParameters
{
    /// <summary>Crypto-venue-like defaults: 10%/5% spot, 5%/2.5% futures and perpetuals, ±15% × ±10 vol-point scan.</summary>
    public static MarginParameters Default { get; } = new();

    public double SpotInitialRate { get; init; } = 0.10;

    public double SpotMaintenanceRate { get; init; } = 0.05;

    public double FutureInitialRate { get; init; } = 0.05;

    public double FutureMaintenanceRate { get; init; } = 0.025;

    public double PerpetualInitialRate { get; init; } = 0.05;

    public double PerpetualMaintenanceRate { get; init; } = 0.025;

    /// <summary>Underlying move scanned for options, as a fraction of price (0.15 = ±15%).</summary>
    public double ScanRange { get; init; } = 0.15;

    /// <summary>Absolute volatility move scanned for options (0.10 = ±10 vol points).</summary>
    public double VolShift { get; init; } = 0.10;

    /// <summary>Floor of a short option's margin as a fraction of its underlying notional.</summary>
    public double ShortOptionMinimum { get; init; } = 0.05;

    /// <summary>Option maintenance margin as a fraction of its initial margin.</summary>
    public double OptionMaintenanceFraction { get; init; } = 0.75;

    /// <summary>Throws (cold path) when a rate is outside [0, 1] or a maintenance rate exceeds its initial rate.</summary>
    public void Validate()
    {
        Check(SpotInitialRate, SpotMaintenanceRate, "spot");
        Check(FutureInitialRate, FutureMaintenanceRate, "future");
        Check(PerpetualInitialRate, PerpetualMaintenanceRate, "perpetual");
        if (!(ScanRange is > 0 and < 1) || !(VolShift is >= 0 and <= 5) || !(ShortOptionMinimum is >= 0 and <= 1)
            || !(OptionMaintenanceFraction is >= 0 and <= 1))
        {
            ThrowHelper.ThrowArgument(nameof(ScanRange), "option scenario parameters out of range (scan in (0,1), vol shift in [0,5], fractions in [0,1])");
        }
    }

    private static void Check(double initial, double maintenance, string kind)
    {
        if (!(initial is >= 0 and <= 1) || !(maintenance >= 0 && maintenance <= initial))
        {
            ThrowHelper.ThrowArgument(kind, $"{kind} margin rates must satisfy 0 <= maintenance <= initial <= 1");
        }
    }
}
