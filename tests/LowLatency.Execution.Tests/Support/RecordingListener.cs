using LowLatency.Core.Ids;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Model.Fills;

namespace LowLatency.Execution.Tests.Support;

/// <summary>What the engine told its listener (lists only when <see cref="Capture"/> is on; counters always).</summary>
internal sealed class ListenerLog
{
    public bool Capture { get; set; } = true;

    public List<(FillEvent Fill, PositionSnapshot Position)> Fills { get; } = [];

    public List<(ChildOrder Order, long ClOrdId, long Latency)> Sent { get; } = [];

    public List<(ChildOrder Order, RiskReason Reason)> Refused { get; } = [];

    public List<ReportOutcome> Outcomes { get; } = [];

    public List<(KillSwitchCause Cause, VenueId? Venue, bool Active)> Kills { get; } = [];

    public long LastClOrdId { get; set; }

    public long FillCount { get; set; }
}

/// <summary>The test listener: a struct over a <see cref="ListenerLog"/>.</summary>
internal readonly struct RecordingListener(ListenerLog log) : IExecutionListener
{
    public ListenerLog Log => log;

    public void OnFill(in FillEvent fill, in PositionSnapshot position)
    {
        log.FillCount++;
        if (log.Capture)
        {
            log.Fills.Add((fill, position));
        }
    }

    public void OnOrderSent(in ChildOrder order, long clOrdId, long tickToOrderNs)
    {
        log.LastClOrdId = clOrdId;
        if (log.Capture)
        {
            log.Sent.Add((order, clOrdId, tickToOrderNs));
        }
    }

    public void OnRiskRefused(in ChildOrder order, RiskReason reason)
    {
        if (log.Capture)
        {
            log.Refused.Add((order, reason));
        }
    }

    public void OnOrderReport(in OrderReport report, ReportOutcome outcome)
    {
        if (log.Capture)
        {
            log.Outcomes.Add(outcome);
        }
    }

    public void OnKillSwitch(KillSwitchCause cause, VenueId? venue, bool active) => log.Kills.Add((cause, venue, active));
}
