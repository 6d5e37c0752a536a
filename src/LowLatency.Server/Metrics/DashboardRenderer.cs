using System.Globalization;
using System.Text;
using LowLatency.Execution.Metrics;
using LowLatency.Model.Intents;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Server.Hosting;

namespace LowLatency.Server.Metrics;

/// <summary>Builds one dashboard frame (plain text, ~15 lines) from copies: figures, counters, VaR report, latency, venues.</summary>
public sealed class DashboardRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly TradingServer _server;
    private readonly RiskFigures _figures;
    private long _lastTicks;
    private long _lastMarketData;

    public DashboardRenderer(TradingServer server)
    {
        _server = server;
        _figures = server.CreateFigures();
        _lastTicks = server.StartedAtTicks > 0 ? server.StartedAtTicks : Environment.TickCount64; // a late renderer (the final frame) shows run averages
    }

    public string Render()
    {
        var b = new StringBuilder(2048);
        RiskFigures f = _figures;
        bool have = _server.TryReadFigures(f);
        TimeSpan up = TimeSpan.FromMilliseconds(_server.StartedAtTicks > 0 ? Environment.TickCount64 - _server.StartedAtTicks : 0);
        b.Append(Inv, $"== LowLatency engine | {DateTime.UtcNow:HH:mm:ss} UTC | up {up:hh\\:mm\\:ss} | portfolio {_server.Config.Portfolio.Name} ==\n");
        b.Append("venues   ");
        for (int v = 0; v < _server.Config.Venues.Count; v++)
        {
            VenueStatus s = _server.Venue(v);
            b.Append(Inv, $"{s.Name} {s.Session}{(s.KillSwitch ? " KILLED" : "")} md {s.MarketDataUpdates}   ");
        }

        b.Append('\n');
        if (have)
        {
            b.Append(Inv, $"account  equity {f.Equity:N0}  cash {f.Cash:N0}  leverage {f.Leverage:F2}  margin ratio {Ratio(f.MarginRatio)}  gross {f.GrossExposure:N0}  liquidation {f.LiquidationLevel}\n");
            for (int g = 0; g < f.Underlyings.Length; g++)
            {
                b.Append(Inv, $"{f.UnderlyingSymbols[g],-8} px {f.UnderlyingPrice[g]:N2}  delta {f.DeltaUnits[g]:+0.000;-0.000} ({f.DeltaCurrency[g]:N0})  gamma {f.Gamma[g]:+0.0000;-0.0000}  vega {f.Vega[g]:N0}{Band(f, g)}\n");
            }

            b.Append(Inv, $"pnl      realised {f.RealisedPnl:N0}  unrealised {f.UnrealisedPnl:N0}  fees {f.Fees:N0}  open orders {f.OpenOrders}\n");
        }
        else
        {
            b.Append("account  (waiting for the first figures)\n");
        }

        RiskReport? report = _server.RiskReports.LatestGood;
        b.Append(report is null ? "risk     VaR (waiting for prices on every underlying)\n"
            : string.Create(Inv, $"risk     1d VaR{report.Parametric.Confidence * 100:0.#} {report.Parametric.ValueAtRisk:N0} ES {report.Parametric.ExpectedShortfall:N0} | delta-gamma {report.DeltaGamma.Var.ValueAtRisk:N0}{(report.MonteCarlo is { } mc ? string.Create(Inv, $" | Monte Carlo {mc.ValueAtRisk:N0} ES {mc.ExpectedShortfall:N0}") : "")}\n"));
        AppendFlow(b);
        LatencySummary h = _server.Latency.TickToHandoff.Summary();
        LatencySummary w = _server.Latency.TickToWire.Summary();
        b.Append(Inv, $"latency  tick→order p50 {Us(h.P50)} p99 {Us(h.P99)} p99.9 {Us(h.P999)} (n={h.Count}) | tick→wire p50 {Us(w.P50)} p99 {Us(w.P99)} p99.9 {Us(w.P999)}\n");
        b.Append(Inv, $"state    kill switch {(have && f.KillSwitchActive ? "ON (" + f.KillSwitchCause + ")" : "off")}  journal lag {_server.JournalLag}  decision lag {_server.DecisionLag}{(_server.Fault is { } fault ? "  STAGE FAULT: " + fault.Message : "")}\n");
        return b.ToString();
    }

    private void AppendFlow(StringBuilder b)
    {
        ServerCounters c = _server.Counters;
        ExecutionMetrics m = _server.ExecutionMetrics;
        long md = c.Read(ServerCounter.MarketDataEvents);
        long now = Environment.TickCount64;
        double seconds = Math.Max(1e-3, (now - _lastTicks) / 1000.0);
        double rate = (md - _lastMarketData) / seconds;
        _lastTicks = now;
        _lastMarketData = md;
        long refused = 0;
        foreach (Execution.Risk.RiskReason reason in Enum.GetValues<Execution.Risk.RiskReason>())
        {
            refused += reason == Execution.Risk.RiskReason.Passed ? 0 : m.Read(reason);
        }

        b.Append(Inv, $"flow     md {md} ({rate:N0}/s)  ticks {c.Read(ServerCounter.BookTicks)}  intents {c.Read(ServerCounter.Intents)} (delta {c.Intents(RebalanceReason.GammaAwareDeltaBand) + c.Intents(RebalanceReason.DeltaBand)}, weights {c.Intents(RebalanceReason.WeightAbsoluteBand) + c.Intents(RebalanceReason.WeightRelativeBand)})  orders {m.Read(ExecutionCounter.OrdersSent)}  fills {m.Read(ExecutionCounter.Fills)}  rejects {m.Read(ExecutionCounter.OrdersRejected)}  risk refused {refused}\n");
    }

    private static string Band(RiskFigures f, int g)
    {
        for (int r = 0; r < f.BandDelta.Length; r++)
        {
            if (f.BandUnderlying[r] == f.Underlyings[g])
            {
                return string.Create(Inv, $"  band {f.BandTarget[r]:+0.00;-0.00}±{f.BandHalfWidth[r]:0.000}");
            }
        }

        return "";
    }

    private static string Ratio(double v) => double.IsInfinity(v) ? "∞" : v.ToString("F2", Inv);

    private static string Us(long ns) => ns == 0 ? "-" : (ns / 1000.0).ToString(ns < 10_000 ? "0.0" : "0", Inv) + "µs";
}
