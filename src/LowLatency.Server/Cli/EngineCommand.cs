using System.Net;
using System.Net.Sockets;
using LowLatency.Execution.Metrics;
using LowLatency.Fix.Store;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Cli;

/// <summary>
/// <c>engine</c>: the trading server on the given engine and portfolio files against real venues, until Ctrl+C or
/// <c>--duration</c>; also the run loop the demo shares (start, dashboard, clean stop, final frame).
/// </summary>
public static class EngineCommand
{
    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        EngineConfig config = EngineConfigLoader.Load(CommonOptions.Require(a, "--fix"), CommonOptions.Require(a, "--portfolio"));
        var options = new TradingServerOptions
        {
            JournalDirectory = a.Get("--journal"),
            MetricsPort = CommonOptions.MetricsPort(a),
            WaitStrategy = CommonOptions.WaitStrategy(a),
            RecordInbound = a.Has("--record-inbound") ? true : null,
            Output = context.Out,
            Dashboard = !a.Has("--no-dashboard"),
        };
        return RunServer(config, options, CommonOptions.Duration(a), context, "venues from " + config.EngineSource);
    }

    /// <summary>Creates, starts, waits for stop or the duration, stops cleanly and prints the last frame. 0 when the stop was clean.</summary>
    public static int RunServer(EngineConfig config, TradingServerOptions options, TimeSpan? duration, CliContext context, string venues)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        TradingServer server;
        try
        {
            server = TradingServer.Create(config, options);
        }
        catch (Exception ex) when (ex is FixStoreException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"refusing to start: {ex.Message}");
            return CliApp.Failed;
        }

        using (server)
        {
            context.Out.WriteLine($"LowLatency engine: portfolio '{config.Portfolio.Name}' ({config.PortfolioSource}), engine {config.EngineSource}, " +
                                  $"wait strategy {server.Settings.WaitStrategy}");
            context.Out.WriteLine($"journal {server.JournalPath}: {server.History.Fills} fills replayed over {server.History.Starts} earlier runs" +
                                  $"{(server.History.EndedCleanly ? "" : " (the last run did not stop cleanly: recovered)")}; orders continue at sequence {server.Decision.Engine.NextOrderSequence}");
            try
            {
                server.Start();
            }
            catch (Exception ex) when (ex is SocketException or HttpListenerException or IOException)
            {
                context.Error.WriteLine($"failed to start: {ex.Message}");
                return CliApp.Failed;
            }

            context.Out.WriteLine($"{venues}; metrics {(server.MetricsPort > 0 ? $"http://127.0.0.1:{server.MetricsPort}/metrics" : "off")}; " +
                                  $"{(duration is { } d ? $"running for {d.TotalSeconds:0.#}s" : "Ctrl+C to stop")}");
            context.Stop.Wait(duration);
            context.Out.WriteLine("stopping: cancelling open orders, logging out, draining the rings, flushing the journal");
            bool clean = server.Stop(config.Server.ShutdownTimeout);
            context.Out.Write(new DashboardRenderer(server).Render());
            context.Out.WriteLine($"stopped {(clean ? "cleanly" : "with work left (see above)")}: orders {server.ExecutionMetrics.Read(ExecutionCounter.OrdersSent)}, " +
                                  $"fills {server.ExecutionMetrics.Read(ExecutionCounter.Fills)}, journal {server.JournalPath}");
            return clean ? CliApp.Ok : CliApp.Failed;
        }
    }
}
