using LowLatency.Core.Ids;
using LowLatency.Execution.Risk;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Delta;
using LowLatency.Rebalancing.Engine;
using LowLatency.Server.Config;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

// Timer and control events. Timer work runs on a timer EVENT through the ring (not on the wall clock at batch end):
// it then has a place in the inbound sequence, so it is recorded and replays deterministically, and it works the
// same with every wait strategy (a busy-spinning stage has no timeout callback).
public sealed partial class DecisionCore
{
    private long _decideAllIntervalNs;
    private long _analyticsIntervalNs;
    private long _statsIntervalNs;
    private long _heartbeatIntervalNs;
    private long _nextDecideAllNs;
    private long _nextAnalyticsNs;
    private long _nextStatsNs;
    private long _nextHeartbeatNs;
    private bool _fillsSinceDecideAll;

    private void InitTimers()
    {
        _decideAllIntervalNs = (long)_settings.DecideAllInterval.TotalNanoseconds;
        _analyticsIntervalNs = (long)_settings.AnalyticsInterval.TotalNanoseconds;
        _statsIntervalNs = (long)_settings.StatsInterval.TotalNanoseconds;
        _heartbeatIntervalNs = Math.Max(1_000_000, (long)_settings.JournalFsyncInterval.TotalNanoseconds);
    }

    /// <summary>Timer event: order housekeeping every time; account-wide decision, snapshots and heartbeats on their cadences.</summary>
    private void OnTimer(long now)
    {
        _counters.Increment(ServerCounter.TimerEvents);
        DrainSendFailures(now);
        _port.DrainOverflow();
        Engine.Poll(now);
        if (!_stopping && now >= _nextDecideAllNs)
        {
            // at the interval, and sooner after fills (positions moved: every policy gets to look again)
            long utc = now + _utcOffsetNs;
            _nextDecideAllNs = now + _decideAllIntervalNs;
            _fillsSinceDecideAll = false;
            DecisionResult result = _rb.DecideAll(now, utc, _intents, _transfers);
            Act(in result, 0, now, utc);
        }
        else if (_fillsSinceDecideAll && now >= _nextDecideAllNs - (_decideAllIntervalNs / 2))
        {
            _nextDecideAllNs = now;
        }

        if (_snapshots is not null && now >= _nextAnalyticsNs)
        {
            _nextAnalyticsNs = now + _analyticsIntervalNs;
            if (_snapshots.TryPublish(now))
            {
                _counters.Increment(ServerCounter.AnalyticsSnapshots);
            }
        }

        if (now >= _nextStatsNs)
        {
            _nextStatsNs = now + _statsIntervalNs;
            PublishStats(now);
        }

        if (now >= _nextHeartbeatNs)
        {
            _nextHeartbeatNs = now + _heartbeatIntervalNs;
            _port.PublishHeartbeat(now);
        }
    }

    private void OnControl(ControlCommand command, long argument, long now)
    {
        switch (command)
        {
            case ControlCommand.ClockSync:
                _utcOffsetNs = argument;
                break;
            case ControlCommand.TripKillSwitch:
                Engine.Trip(KillSwitchCause.Manual, now);
                break;
            case ControlCommand.ResetKillSwitch:
                Engine.ResetKillSwitch();
                break;
            case ControlCommand.StopTrading:
                _stopping = true;
                Engine.CancelAll(now);
                PublishStats(now);
                break;
            case ControlCommand.PublishStats:
                PublishStats(now);
                break;
        }
    }

    /// <summary>Copies the figures for the dashboard and /metrics under the stats board's sequence lock (a few µs, no allocation).</summary>
    private void PublishStats(long now)
    {
        _counters.Increment(ServerCounter.StatsPublished);
        RiskFigures f = Stats.BeginWrite();
        f.Sequence++;
        f.UtcNs = now + _utcOffsetNs;
        ref readonly AccountRisk a = ref _book.Account;
        f.Equity = a.Equity;
        f.Cash = a.Cash;
        f.GrossExposure = a.GrossExposure;
        f.Leverage = a.Leverage;
        f.MarginRatio = a.MarginRatio;
        f.InitialMargin = a.InitialMargin;
        f.MaintenanceMargin = a.MaintenanceMargin;
        f.NetDeltaCurrency = a.DeltaCurrency;
        f.NetDollarGamma = a.DollarGamma;
        f.NetVega = a.Vega;
        for (int g = 0; g < f.Underlyings.Length; g++)
        {
            ref readonly UnderlyingRisk u = ref _book.UnderlyingAt(g);
            f.UnderlyingPrice[g] = u.Price;
            f.DeltaUnits[g] = u.DeltaUnits;
            f.DeltaCurrency[g] = u.DeltaCurrency;
            f.Gamma[g] = u.Gamma;
            f.DollarGamma[g] = u.DollarGamma;
            f.Vega[g] = u.Vega;
        }

        for (int i = 0; i < f.Instruments.Length; i++)
        {
            InstrumentId id = f.Instruments[i];
            f.BookQuantity[i] = _book.QuantityOf(id);
            f.ExecutedQuantity[i] = Engine.Positions.Get(id).NetQuantity.ToDouble();
            int slot = (uint)id.Value < (uint)_slotById.Length ? _slotById[id.Value] : -1;
            f.Mid[i] = slot >= 0 ? _costs[slot].Mid : 0;
        }

        for (int r = 0; r < f.BandDelta.Length; r++)
        {
            DeltaBandSnapshot band = _rb.DeltaSnapshot(r);
            f.BandUnderlying[r] = band.Underlying;
            f.BandDelta[r] = band.Delta;
            f.BandHalfWidth[r] = band.HalfWidth;
            f.BandTarget[r] = band.Target;
        }

        for (int v = 0; v < f.Venues.Length; v++)
        {
            f.VenueConnected[v] = Engine.Health.IsConnected(v);
            f.VenueKilled[v] = Engine.KillSwitch.IsVenueActive(v);
        }

        f.RealisedPnl = Engine.Positions.TotalRealisedPnl();
        f.UnrealisedPnl = Engine.Positions.TotalUnrealisedPnl();
        f.Fees = Engine.Positions.TotalFees();
        f.OpenOrders = Engine.OpenOrderCount;
        f.NextOrderSequence = Engine.NextOrderSequence;
        f.KillSwitchActive = Engine.KillSwitch.IsActive;
        f.KillSwitchCause = Engine.KillSwitch.Cause;
        f.LiquidationLevel = _rb.LiquidationLevel;
        f.LeverageCampaign = _rb.LeverageCampaign;
        Stats.EndWrite();
    }

    private StatsBoard CreateStatsBoard(EngineConfig config)
    {
        var underlyings = new List<InstrumentId>();
        var underlyingSymbols = new List<string>();
        for (int g = 0; g < _book.UnderlyingCount; g++)
        {
            InstrumentId id = _book.UnderlyingAt(g).Underlying;
            underlyings.Add(id);
            underlyingSymbols.Add(SymbolOf(config, id));
        }

        var instruments = new List<InstrumentId>();
        var symbols = new List<string>();
        foreach (var c in config.Portfolio.Instruments)
        {
            instruments.Add(new InstrumentId(c.Id));
            symbols.Add(c.Symbol);
        }

        var venues = new List<string>();
        foreach (VenueLink link in config.Venues)
        {
            venues.Add(link.TargetCompId);
        }

        return new StatsBoard(new RiskFigures(underlyings, underlyingSymbols, instruments, symbols, _rb.Chain.Delta.RuleCount, venues));
    }

    /// <summary>The portfolio symbol of an instrument id (cold path).</summary>
    public static string SymbolOf(EngineConfig config, InstrumentId id)
    {
        ArgumentNullException.ThrowIfNull(config);
        foreach (var c in config.Portfolio.Instruments)
        {
            if (c.Id == id.Value)
            {
                return c.Symbol;
            }
        }

        return id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
