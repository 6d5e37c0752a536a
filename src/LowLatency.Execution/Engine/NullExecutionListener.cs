using LowLatency.Core.Ids;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Model.Fills;

namespace LowLatency.Execution.Engine;

/// <summary>A listener that ignores everything (benchmarks, tools); the JIT removes the calls entirely.</summary>
public readonly struct NullExecutionListener : IExecutionListener
{
    public void OnFill(in FillEvent fill, in PositionSnapshot position)
    {
    }

    public void OnOrderSent(in ChildOrder order, long clOrdId, long tickToOrderNs)
    {
    }

    public void OnRiskRefused(in ChildOrder order, RiskReason reason)
    {
    }

    public void OnOrderReport(in OrderReport report, ReportOutcome outcome)
    {
    }

    public void OnKillSwitch(KillSwitchCause cause, VenueId? venue, bool active)
    {
    }
}
