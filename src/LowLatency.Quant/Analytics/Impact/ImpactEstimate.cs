namespace LowLatency.Quant.Analytics.Impact;

/// <summary>Expected cost of executing a quantity, in currency: crossing half the spread plus square-root market impact.</summary>
public readonly record struct ImpactEstimate(double SpreadCost, double ImpactCost, double Participation)
{
    public double TotalCost => SpreadCost + ImpactCost;
}
