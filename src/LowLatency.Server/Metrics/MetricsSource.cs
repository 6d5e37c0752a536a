using System.Globalization;
using System.Text;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Risk;
using LowLatency.Model.Intents;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Server.Hosting;

namespace LowLatency.Server.Metrics;

/// <summary>
/// Renders the server's state in the Prometheus text format: account and per-underlying risk, VaR/ES from the
/// analytics agent, counters (ticks, intents by reason, orders, fills, risk refusals by reason, kill switch,
/// sessions, journal lag) and tick-to-order latency percentiles. Off the hot path; one render at a time.
/// </summary>
public sealed class MetricsSource
{
    private readonly TradingServer _server;
    private readonly RiskFigures _figures;
    private readonly Lock _gate = new();

    public MetricsSource(TradingServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        _server = server;
        _figures = server.CreateFigures();
    }

    public string Render()
    {
        lock (_gate)
        {
            var w = new PrometheusWriter();
            RiskFigures f = _figures;
            bool figures = _server.TryReadFigures(f);
            if (figures)
            {
                w.Gauge("lowlatency_equity", "Account equity (cash + mark-to-market), account currency", f.Equity);
                w.Gauge("lowlatency_cash", "Account cash", f.Cash);
                w.Gauge("lowlatency_leverage", "Gross exposure / equity", f.Leverage);
                w.Gauge("lowlatency_margin_ratio", "Equity / maintenance margin (liquidation at 1)", f.MarginRatio);
                w.Gauge("lowlatency_gross_exposure", "Gross delta-adjusted exposure", f.GrossExposure);
                w.Gauge("lowlatency_initial_margin", "Initial margin", f.InitialMargin);
                w.Gauge("lowlatency_maintenance_margin", "Maintenance margin", f.MaintenanceMargin);
                w.Gauge("lowlatency_net_delta_currency", "Net delta of the book in account currency", f.NetDeltaCurrency);
                w.Gauge("lowlatency_realised_pnl", "Realised P&L of the engine's fills", f.RealisedPnl);
                w.Gauge("lowlatency_unrealised_pnl", "Unrealised P&L of the engine's fills", f.UnrealisedPnl);
                w.Gauge("lowlatency_fees", "Fees paid on the engine's fills", f.Fees);
                w.Gauge("lowlatency_orders_open", "Orders not yet done", f.OpenOrders);
                w.Gauge("lowlatency_kill_switch_active", "1 when the global kill switch is on", f.KillSwitchActive ? 1 : 0);
                w.Gauge("lowlatency_liquidation_level", "Liquidation protection level (0 normal .. 3 full)", (int)f.LiquidationLevel);
                for (int g = 0; g < f.Underlyings.Length; g++)
                {
                    string u = f.UnderlyingSymbols[g];
                    w.Gauge("lowlatency_underlying_price", "Mark of the underlying", f.UnderlyingPrice[g], "underlying", u);
                    w.Gauge("lowlatency_underlying_delta", "Delta in units of the underlying", f.DeltaUnits[g], "underlying", u);
                    w.Gauge("lowlatency_underlying_delta_currency", "Delta in account currency", f.DeltaCurrency[g], "underlying", u);
                    w.Gauge("lowlatency_underlying_gamma", "Gamma in units per unit of price", f.Gamma[g], "underlying", u);
                    w.Gauge("lowlatency_underlying_vega", "Vega per volatility point", f.Vega[g], "underlying", u);
                }

                for (int r = 0; r < f.BandDelta.Length; r++)
                {
                    string u = SymbolOf(f, f.BandUnderlying[r]);
                    w.Gauge("lowlatency_delta_band_half_width", "Delta band half-width (units)", f.BandHalfWidth[r], "underlying", u);
                    w.Gauge("lowlatency_delta_band_target", "Delta target (units)", f.BandTarget[r], "underlying", u);
                }

                for (int i = 0; i < f.Instruments.Length; i++)
                {
                    w.Gauge("lowlatency_position_contracts", "Signed position in the risk book", f.BookQuantity[i], "instrument", f.Symbols[i]);
                    w.Gauge("lowlatency_executed_contracts", "Signed net quantity the engine traded", f.ExecutedQuantity[i], "instrument", f.Symbols[i]);
                }
            }

            RenderRisk(w, _server.RiskReports.LatestGood);
            RenderCounters(w);
            RenderLatency(w, _server.Latency.TickToHandoff, "handoff");
            RenderLatency(w, _server.Latency.TickToWire, "wire");
            return w.ToString();
        }
    }

    private static void RenderRisk(PrometheusWriter w, RiskReport? report)
    {
        if (report is null)
        {
            return;
        }

        w.Gauge("lowlatency_var", "Value at risk (1 day, loss, account currency)", report.Parametric.ValueAtRisk, "method", "parametric");
        w.Gauge("lowlatency_var", null, report.DeltaGamma.Var.ValueAtRisk, "method", "delta_gamma");
        w.Gauge("lowlatency_expected_shortfall", "Expected shortfall (1 day, loss)", report.Parametric.ExpectedShortfall, "method", "parametric");
        w.Gauge("lowlatency_expected_shortfall", null, report.DeltaGamma.Var.ExpectedShortfall, "method", "delta_gamma");
        if (report.MonteCarlo is { } mc)
        {
            w.Gauge("lowlatency_var", null, mc.ValueAtRisk, "method", "monte_carlo");
            w.Gauge("lowlatency_expected_shortfall", null, mc.ExpectedShortfall, "method", "monte_carlo");
        }

        w.Gauge("lowlatency_var_confidence", "Confidence of the VaR/ES figures", report.Parametric.Confidence);
    }

    private void RenderCounters(PrometheusWriter w)
    {
        ServerCounters c = _server.Counters;
        ExecutionMetrics m = _server.ExecutionMetrics;
        w.Counter("lowlatency_market_data_events_total", "Market-data events handled by the decision stage", c.Read(ServerCounter.MarketDataEvents));
        w.Counter("lowlatency_ticks_total", "Underlying ticks that repriced the risk book", c.Read(ServerCounter.BookTicks));
        w.Counter("lowlatency_decisions_total", "Rebalancing decisions", c.Read(ServerCounter.Decisions));
        foreach (RebalanceReason reason in Enum.GetValues<RebalanceReason>())
        {
            long n = c.Intents(reason);
            if (n > 0 || reason == RebalanceReason.GammaAwareDeltaBand)
            {
                w.Counter("lowlatency_intents_total", "Hedge intents by reason", n, "reason", reason.ToString());
            }
        }

        w.Counter("lowlatency_orders_sent_total", "Orders handed to the venues", m.Read(ExecutionCounter.OrdersSent));
        w.Counter("lowlatency_fills_total", "Fills applied", m.Read(ExecutionCounter.Fills));
        w.Counter("lowlatency_orders_rejected_total", "Orders the venues rejected", m.Read(ExecutionCounter.OrdersRejected));
        w.Counter("lowlatency_cancels_sent_total", "Cancels sent", m.Read(ExecutionCounter.CancelsSent));
        foreach (RiskReason reason in Enum.GetValues<RiskReason>())
        {
            if (reason != RiskReason.Passed)
            {
                w.Counter("lowlatency_risk_refusals_total", "Orders refused by pre-trade risk, by reason", m.Read(reason), "reason", reason.ToString());
            }
        }

        w.Counter("lowlatency_kill_switch_trips_total", "Kill switch trips (global and per venue)", m.Read(ExecutionCounter.KillSwitchTrips));
        w.Counter("lowlatency_send_failures_total", "Order messages no session took", c.Read(ServerCounter.SenderFailures) + m.Read(ExecutionCounter.SendFailures));
        w.Gauge("lowlatency_journal_lag", "Outbound records not yet written by the journal stage", _server.JournalLag);
        w.Gauge("lowlatency_decision_lag", "Inbound events not yet handled by the decision stage", _server.DecisionLag);
        for (int v = 0; v < _server.Config.Venues.Count; v++)
        {
            VenueStatus s = _server.Venue(v);
            w.Gauge("lowlatency_session_logged_on", "1 when the venue's FIX session is logged on", s.Session == Fix.Session.FixSessionStatus.LoggedOn ? 1 : 0, "venue", s.Name);
            w.Gauge("lowlatency_session_state", "FIX session state (0 disconnected .. 3 logged on .. 5 disconnecting)", (int)s.Session, "venue", s.Name);
            w.Gauge("lowlatency_venue_kill_switch_active", "1 when the venue's kill switch is on", s.KillSwitch ? 1 : 0, "venue", s.Name);
            w.Counter("lowlatency_venue_market_data_total", "Market-data updates from the venue", s.MarketDataUpdates, "venue", s.Name);
        }
    }

    private static void RenderLatency(PrometheusWriter w, LatencyMonitor.Channel channel, string stage)
    {
        LatencySummary s = channel.Summary();
        const string Name = "lowlatency_tick_to_order_seconds";
        string help = "Tick read from the socket to the order handed off (stage=handoff) or written to the socket (stage=wire)";
        w.Summary(Name, help, stage, s);
    }

    private static string SymbolOf(RiskFigures f, Core.Ids.InstrumentId id)
    {
        for (int g = 0; g < f.Underlyings.Length; g++)
        {
            if (f.Underlyings[g] == id)
            {
                return f.UnderlyingSymbols[g];
            }
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }
}
