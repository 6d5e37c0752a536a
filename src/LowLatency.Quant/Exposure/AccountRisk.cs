namespace LowLatency.Quant.Exposure;

/// <summary>
/// Account totals (sums over underlyings plus cash), read by reference from <see cref="PortfolioRiskBook.Account"/>:
/// the leverage and liquidation-protection policies read it on every decision.
/// </summary>
/// <remarks>
/// Equity = cash + mark-to-market value; leverage = gross exposure / equity; margin ratio = equity / maintenance.
/// Sums across underlyings assume one quote currency (no FX conversion in this book). Plain fields, rewritten
/// in place by the book; readers only ever get a <c>ref readonly</c>.
/// </remarks>
public struct AccountRisk
{
    /// <summary>Cash including premiums and linear contracts' entry flows (equity = cash + market value).</summary>
    public double Cash;

    public double MarketValue;

    public double DeltaCurrency;

    public double DollarGamma;

    public double Vega;

    public double Theta;

    public double Rho;

    public double GrossExposure;

    public double Notional;

    public double InitialMargin;

    public double MaintenanceMargin;

    public readonly double Equity => Cash + MarketValue;

    public readonly double NetExposure => DeltaCurrency;

    /// <summary>Gross exposure / equity; +∞ when equity ≤ 0 and exposure is not zero.</summary>
    public readonly double Leverage => Ratio(GrossExposure, Equity);

    /// <summary>Equity / maintenance margin (liquidation at 1); +∞ without maintenance requirement.</summary>
    public readonly double MarginRatio => MaintenanceMargin > 0 ? Equity / MaintenanceMargin : double.PositiveInfinity;

    /// <summary>Equity above maintenance: the loss that triggers liquidation.</summary>
    public readonly double ExcessEquity => Equity - MaintenanceMargin;

    /// <summary>Equity above initial margin: what new positions may consume.</summary>
    public readonly double AvailableEquity => Equity - InitialMargin;

    private static double Ratio(double exposure, double equity) =>
        equity > 0 ? exposure / equity : exposure == 0 ? 0 : double.PositiveInfinity;
}
