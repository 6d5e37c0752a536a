using LowLatency.Core.Time;
using LowLatency.Fix.Session;
using LowLatency.Model.MarketData;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;

namespace LowLatency.Server.Hosting;

// Start, stop and the commands and reads other threads (CLI, tests, the load harness) use.
public sealed partial class TradingServer
{
    /// <summary>
    /// Serves /metrics (a taken port fails here, before anything else starts), journals the start (configuration
    /// fingerprint, order sequence), starts the stages, the timer and the analytics agent, connects the venue
    /// sessions and starts the dashboard.
    /// </summary>
    public void Start()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("the trading server was already started");
        }

        StartedAtTicks = Environment.TickCount64;

        if (Settings.MetricsPort > 0)
        {
            // first: a port already taken fails the start before anything connects or trades
            _metrics = new MetricsServer(Settings.MetricsPort, new MetricsSource(this));
            try
            {
                _metrics.Start();
            }
            catch
            {
                _metrics.Dispose();
                _metrics = null;
                Volatile.Write(ref _state, 0);
                throw;
            }
        }

        var clock = new SystemClock();
        long utc = clock.UtcEpochNanoseconds();
        if (History.LastFingerprint is { } previous && previous != Config.Fingerprint)
        {
            _options.Output?.WriteLine($"journal: the configuration changed since the last run (fingerprint {previous[..12]} → {Config.Fingerprint[..12]}); positions carry over from the journal");
        }

        _journal.AppendStart(new StartRecord(Config.Fingerprint, Decision.Engine.NextOrderSequence, utc));
        _journal.Flush(); // before the journal stage owns the writer
        _pipeline.Start();
        PublishControl(ControlCommand.ClockSync, utc - clock.MonotonicNanoseconds());
        _analytics.Start();
        _timer.Start();
        _fix?.Start();
        if (_options.Dashboard && _options.Output is not null && Settings.DashboardInterval > TimeSpan.Zero)
        {
            _dashboard = new Dashboard(this, _options.Output, Settings.DashboardInterval);
            _dashboard.Start();
        }
    }

    /// <summary>
    /// Clean stop: no new decisions and every open order cancelled (waiting up to half the timeout for the venues'
    /// answers), Logout on every session, the rings drained, the journal closed with a Stop record and fsynced.
    /// True when everything finished in time (open orders all cancelled, sessions logged out, stages stopped).
    /// </summary>
    public bool Stop(TimeSpan timeout)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            return Volatile.Read(ref _state) == 2;
        }

        _dashboard?.Dispose();
        PublishControl(ControlCommand.StopTrading, 0);
        bool cancelled = Until.True(() => Refresh(_figures, TimeSpan.FromMilliseconds(200)) && _figures.OpenOrders == 0, timeout / 2);
        bool loggedOut = _fix?.Stop(timeout) ?? true;
        _timer.Dispose();
        PublishControl(ControlCommand.PublishStats, 0);
        bool drained = _pipeline.Stop(timeout);
        _journal.AppendStop(new SystemClock().UtcEpochNanoseconds());
        _journal.Dispose();
        _inboundJournal?.Dispose();
        _metrics?.Dispose();
        _analytics.Dispose();
        _fix?.Dispose();
        return cancelled && loggedOut && drained;
    }

    public void Dispose()
    {
        if (Volatile.Read(ref _state) == 1)
        {
            Stop(Settings.ShutdownTimeout);
        }
        else if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
        {
            _journal.Dispose(); // never started: nothing to drain
            _inboundJournal?.Dispose();
            _analytics.Dispose();
            _fix?.Dispose();
        }
    }

    /// <summary>Trips the global kill switch (through the ring: ordered with market data, journalled).</summary>
    public void TripKillSwitch() => PublishControl(ControlCommand.TripKillSwitch, 0);

    public void ResetKillSwitch() => PublishControl(ControlCommand.ResetKillSwitch, 0);

    /// <summary>Waits until every venue session is logged on (false on timeout).</summary>
    public bool WaitForVenues(TimeSpan timeout) => Until.True(() =>
    {
        foreach (FixSession? s in _sessionsByVenue)
        {
            if (s is null || !s.IsLoggedOn)
            {
                return false;
            }
        }

        return true;
    }, timeout);

    /// <summary>A reader's buffer for <see cref="TryReadFigures"/>.</summary>
    public RiskFigures CreateFigures() => Decision.Stats.CreateReaderCopy();

    /// <summary>Copies the figures the decision stage last published (its stats cadence).</summary>
    public bool TryReadFigures(RiskFigures destination) => Decision.Stats.TryRead(destination);

    /// <summary>Asks the decision stage to publish its figures now, waits for them and copies them (false on timeout).</summary>
    public bool RefreshFigures(RiskFigures destination, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return IsRunning ? Refresh(destination, timeout) : Decision.Stats.TryRead(destination);
    }

    private bool Refresh(RiskFigures destination, TimeSpan timeout)
    {
        long before = Decision.Stats.Publications;
        if (!TryPublishControl(ControlCommand.PublishStats, 0))
        {
            return Decision.Stats.TryRead(destination);
        }

        return Until.True(() => Decision.Stats.Publications > before, timeout) && Decision.Stats.TryRead(destination);
    }

    /// <summary>One venue's state (any thread).</summary>
    public VenueStatus Venue(int index)
    {
        FixSession? s = _sessionsByVenue[index];
        return new VenueStatus(Config.Venues[index].TargetCompId, s?.Status ?? FixSessionStatus.Disconnected,
            Decision.Engine.Health.IsConnected(index), Decision.Engine.KillSwitch.IsVenueActive(index), MarketData.Updates(index), _gateways[index].Subscribed);
    }

    /// <summary>Publishes a market-data event as if a venue session had read it (load harness, tests without venues).</summary>
    public void PublishMarketData(in MarketDataEvent md)
    {
        long sequence = _pipeline.Inbound.Next();
        ref InboundEvent e = ref _pipeline.Inbound[sequence];
        e.Kind = InboundKind.MarketData;
        e.VenueIndex = -1;
        e.TimestampNs = md.ReceiveTimestampNs;
        e.MarketData = md;
        _pipeline.Inbound.Publish(sequence);
    }

    private void PublishControl(ControlCommand command, long argument)
    {
        long sequence = _pipeline.Inbound.Next();
        Fill(ref _pipeline.Inbound[sequence], command, argument);
        _pipeline.Inbound.Publish(sequence);
    }

    private bool TryPublishControl(ControlCommand command, long argument)
    {
        if (!_pipeline.Inbound.TryNext(out long sequence))
        {
            return false;
        }

        Fill(ref _pipeline.Inbound[sequence], command, argument);
        _pipeline.Inbound.Publish(sequence);
        return true;
    }

    private static void Fill(ref InboundEvent e, ControlCommand command, long argument)
    {
        e.Kind = InboundKind.Control;
        e.Control = command;
        e.Argument = argument;
        e.VenueIndex = -1;
        e.TimestampNs = MonotonicClock.NowNanoseconds();
    }
}
