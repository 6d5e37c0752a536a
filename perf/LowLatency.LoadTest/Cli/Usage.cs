namespace LowLatency.LoadTest.Cli;

/// <summary>The usage text (printed on --help and on bad usage).</summary>
public static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project perf/LowLatency.LoadTest -- [scenario] [options]
        scenarios:
          ticks   (default) the engine over FIX to the simulated venues; the harness injects ticks at the step's rate
          venues  the venues' own market data (fast liquidity simulator) drives the engine end to end
          fix     FIX client sessions send NewOrderSingle to the simulated venues: order -> ExecutionReport round trip
          soak    ticks at a constant rate for --duration (default 10m), a report line every --interval
        options:
          --rate N                events per second of the constant steps: ticks (ticks, soak), orders (fix);
                                  venues: liquidity-simulator steps per second per venue
          --duration 30s          constant step length (ramp = half, spike = quarter at 3x rate, recovery = half)
          --warmup 5s             warm-up step (not judged; 0 for none)
          --interval 10s          soak reporting interval
          --wait-strategy blocking|yielding|sleeping|busyspin   the server's ring stages
          --yield | --spin        the generator waits by yielding / spinning (default: parks when idle)
          --sessions N            fix: client sessions (pairs of seller and buyer), default 4
          --p50 2us --p999 20us   thresholds on the scenario's primary latency channel
          --threshold channel:p99=50us   an extra threshold (p50, p90, p99, p99.9, p99.99, max); repeatable
          --no-thresholds         judge nothing (only --threshold ones)
          --out dir               write summary.json, summary.csv, latency.hlog and .hgrm files
          --quick                 short steps (the CI smoke)
          --seed N                venues' and ticks' random seed (default 7)
        exit code: 0 every threshold passed, 1 one failed or the run could not complete, 2 bad usage
        """;
}
