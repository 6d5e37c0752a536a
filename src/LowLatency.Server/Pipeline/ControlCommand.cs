namespace LowLatency.Server.Pipeline;

/// <summary>Commands that reach the decision stage through the inbound ring, so they are ordered with market data and recorded for replay.</summary>
public enum ControlCommand : byte
{
    None = 0,

    /// <summary>Sets the monotonic → UTC offset (<see cref="InboundEvent.Argument"/>): the first event of every run, so a replay uses the recorded one.</summary>
    ClockSync = 1,

    /// <summary>Trips the global kill switch (cancels every open order, refuses new ones).</summary>
    TripKillSwitch = 2,

    /// <summary>Operator reset of the global kill switch.</summary>
    ResetKillSwitch = 3,

    /// <summary>Shutdown: stop deciding and cancel every open order.</summary>
    StopTrading = 4,

    /// <summary>Publish the figures for dashboard and metrics now (tests, shutdown).</summary>
    PublishStats = 5,
}
