using LowLatency.Core.Ids;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Model.Fills;

namespace LowLatency.Execution.Engine;

/// <summary>
/// Callbacks from the engine to the server, on the decision thread, implemented by a struct (constrained generic:
/// direct calls, no boxing). <see cref="OnFill"/> is where the server updates the Quant risk book
/// (<c>PortfolioRiskBook.ApplyFill</c>) and journals the fill; the others feed logs and the dashboard. Must not block.
/// </summary>
public interface IExecutionListener
{
    /// <summary>A fill was applied; <paramref name="position"/> is the instrument's total position after it.</summary>
    void OnFill(in FillEvent fill, in PositionSnapshot position);

    /// <summary>A child order passed risk and was handed to the venue sink; <paramref name="tickToOrderNs"/> is -1 without a decision timestamp.</summary>
    void OnOrderSent(in ChildOrder order, long clOrdId, long tickToOrderNs);

    /// <summary>Pre-trade risk refused a child order.</summary>
    void OnRiskRefused(in ChildOrder order, RiskReason reason);

    /// <summary>A venue report was applied (or ignored/refused, see <paramref name="outcome"/>).</summary>
    void OnOrderReport(in OrderReport report, ReportOutcome outcome);

    /// <summary>The kill switch changed: global when <paramref name="venue"/> is null.</summary>
    void OnKillSwitch(KillSwitchCause cause, VenueId? venue, bool active);
}
