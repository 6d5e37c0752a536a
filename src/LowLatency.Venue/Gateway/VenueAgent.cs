using LowLatency.Core.Agents;
using LowLatency.Core.Time;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// The venue's matching thread as an agent (STYLE.md #9): each duty cycle drains queued commands, steps the synthetic
/// liquidity, releases delayed and parked messages, resynchronises lagging market-data subscribers, then flushes
/// every session it wrote to once. The idle strategy decides how the thread waits in between.
/// </summary>
internal sealed class VenueAgent : IAgent
{
    private readonly VenueGateway _gateway;
    private readonly WakeSignal _signal;
    private readonly IClock _clock;
    private readonly int _commandsPerCycle;

    public VenueAgent(VenueGateway gateway, WakeSignal signal, int commandsPerCycle)
    {
        _gateway = gateway;
        _signal = signal;
        _clock = gateway.Clock;
        _commandsPerCycle = commandsPerCycle;
        RoleName = "venue-" + gateway.Config.Name;
    }

    public string RoleName { get; }

    public void OnStart()
    {
    }

    public int DoWork()
    {
        long now = _clock.MonotonicNanoseconds();
        OutboundRouter router = _gateway.Router;
        router.Now = now;
        int work = _gateway.DrainCommands(_commandsPerCycle);
        long nextStep = long.MaxValue;
        if (_gateway.Liquidity is { } liquidity)
        {
            int steps = liquidity.Poll(now);
            _gateway.Orders.SendPending(); // clients' orders the synthetic flow traded with
            if (steps > 0)
            {
                _gateway.Counters.Add(VenueCounter.LiquiditySteps, steps);
                work += steps;
            }

            nextStep = liquidity.NextStepAt;
        }

        work += router.ReleaseDue();
        work += _gateway.MarketData.RetrySnapshots();
        router.FlushDirty();
        _signal.DeadlineNanoseconds = Math.Min(nextStep, router.NextDue);
        return work;
    }

    public void OnClose()
    {
        _gateway.Router.FlushDirty();
    }
}
