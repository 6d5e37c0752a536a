namespace LowLatency.Server.Cli;

/// <summary>The usage text printed by <c>help</c> and after a bad command line.</summary>
public static class Usage
{
    public const string Text = """
        usage: lowlatency [command] [options]

        commands:
          demo (default)   engine + three simulated venues on loopback, embedded configuration, live dashboard
                             --duration <30s|2m>   stop after this long (default: until Ctrl+C)
                             --seed <n>            venue price-process seed (default 42)
                             --metrics-port <p>    serve Prometheus /metrics on 127.0.0.1:<p>
                             --wait-strategy <Blocking|Yielding|Sleeping|BusySpin>
                             --data <dir>          state directory (FIX stores, logs, journal; default data/demo)
                             --no-dashboard        --record-inbound
          engine           the engine against real venues
                             --fix <engine.ini> --portfolio <portfolio.ini> [--journal <dir>] [--duration <d>]
                             [--metrics-port <p>] [--wait-strategy <w>] [--no-dashboard] [--record-inbound]
          venue            simulated venues only: --config <venues.ini> [--duration <d>] [--seed <n>]
          backtest         policies over simulated paths: [--portfolio <ini>] [--days <n>] [--seed <n>] [--steps-per-day <n>]
          replay           positions and P&L rebuilt from a journal: --journal <dir> [--fix <ini>] [--portfolio <ini>]
                             [--decisions]  also re-run the last run's recorded inbound events and compare its orders
          check-config     validate configuration files: [--fix <ini>] [--portfolio <ini>] [--venues <ini>]
          help             this text

        exit codes: 0 ok, 1 failed while running, 2 bad command line or configuration
        """;
}
