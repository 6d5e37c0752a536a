using LowLatency.Quant.Exposure;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Margin rules of one underlying (section <c>[MARGIN]</c>, <c>Underlying=*</c> for the default), handed to the
/// risk book: the liquidation and leverage policies act on the margin ratio and leverage it computes.
/// </summary>
public sealed record MarginConfig
{
    public const string SectionName = "MARGIN";

    /// <summary>Symbol of the underlying, or <c>*</c> for every underlying without its own section.</summary>
    public required string Underlying { get; init; }

    public MarginParameters Parameters { get; init; } = MarginParameters.Default;

    public bool IsDefault => Underlying == "*";

    internal void Validate(ConfigIssues issues, int index)
    {
        const string S = SectionName;
        MarginParameters p = Parameters;
        Rates(issues, index, "Spot", p.SpotInitialRate, p.SpotMaintenanceRate);
        Rates(issues, index, "Future", p.FutureInitialRate, p.FutureMaintenanceRate);
        Rates(issues, index, "Perpetual", p.PerpetualInitialRate, p.PerpetualMaintenanceRate);
        issues.Range(S, index, nameof(MarginParameters.ScanRange), p.ScanRange, 1e-6, 0.99);
        issues.Range(S, index, nameof(MarginParameters.VolShift), p.VolShift, 0, 5);
        issues.Range(S, index, nameof(MarginParameters.ShortOptionMinimum), p.ShortOptionMinimum, 0, 1);
        issues.Range(S, index, nameof(MarginParameters.OptionMaintenanceFraction), p.OptionMaintenanceFraction, 0, 1);
    }

    private static void Rates(ConfigIssues issues, int index, string kind, double initial, double maintenance)
    {
        issues.Range(SectionName, index, kind + "InitialRate", initial, 0, 1);
        issues.Range(SectionName, index, kind + "MaintenanceRate", maintenance, 0, 1);
        if (maintenance > initial)
        {
            issues.Add(SectionName, index, kind + "MaintenanceRate", $"must not exceed {kind}InitialRate ({ConfigIssues.F(initial)}), got {ConfigIssues.F(maintenance)}");
        }
    }
}
