using LowLatency.Core.Ids;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Model.Fills;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The execution engine's listener (a struct: direct calls): forwards every callback to the decision stage's
/// <see cref="DecisionCore"/>, which owns the risk book, the policies' in-flight accounting and the journal feed.
/// </summary>
public readonly struct ServerListener(DecisionCore core) : IExecutionListener
{
    public void OnFill(in FillEvent fill, in PositionSnapshot position) => core.OnFill(in fill);

    public void OnOrderSent(in ChildOrder order, long clOrdId, long tickToOrderNs) => core.OnOrderSent(in order, clOrdId);

    public void OnRiskRefused(in ChildOrder order, RiskReason reason)
    {
        // counted by the engine's metrics per reason; the unsent quantity returns to the policy after the intent
    }

    public void OnOrderReport(in OrderReport report, ReportOutcome outcome) => core.OnOrderEnded(in report, outcome);

    public void OnKillSwitch(KillSwitchCause cause, VenueId? venue, bool active) => core.OnKillSwitch(cause, venue, active);
}
