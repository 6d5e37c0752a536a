using System.Net;
using System.Text.RegularExpressions;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;
using LowLatency.Server.Replay;
using LowLatency.Server.Tests.Support;
using LowLatency.Testing;
using LowLatency.Testing.Net;

namespace LowLatency.Server.Tests.Metrics;

public sealed partial class MetricsServerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _dir = new("ll-metrics");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task MetricsAreServedOverHttpOnLoopbackInThePrometheusTextFormat()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        EngineConfig config = TestServers.Config(analytics: true);
        int port = FreePort.Next();
        using var server = TradingServer.Create(config, TestServers.Options(_dir.Path, venue: null) with { MetricsPort = port });
        server.Start();
        foreach (InboundEvent e in SyntheticMarket.Generate(config, 200, TimeSpan.FromMinutes(1), seed: 4))
        {
            long s = server.Inbound.Next();
            server.Inbound[s] = e;
            server.Inbound.Publish(s);
        }

        Assert.True(Wait.Until(() => server.RiskReports.LatestGood is not null && server.Latency.TickToHandoff.Summary().Count > 0, Timeout));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout };
        HttpResponseMessage response = await http.GetAsync("metrics", ct);
        string text = await response.Content.ReadAsStringAsync(ct);
        HttpResponseMessage missing = await http.GetAsync("nothing-here", ct);
        Assert.True(server.Stop(Timeout));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(line.StartsWith('#') ? CommentLine() : SampleLine(), line);
        }

        Assert.Equal(1, Count(text, "# TYPE lowlatency_var gauge"));
        Assert.Matches(@"lowlatency_equity \d", text);
        Assert.Matches(@"lowlatency_underlying_delta\{underlying=""BTC""\} -?\d", text);
        Assert.Matches(@"lowlatency_var\{method=""parametric""\} \d", text);
        Assert.Matches(@"lowlatency_var\{method=""monte_carlo""\} \d", text);
        Assert.Matches(@"lowlatency_expected_shortfall\{method=""delta_gamma""\} \d", text);
        Assert.Matches(@"lowlatency_ticks_total [1-9]\d*", text);
        Assert.Matches(@"lowlatency_intents_total\{reason=""GammaAwareDeltaBand""\} [1-9]", text);
        Assert.Matches(@"lowlatency_orders_sent_total [1-9]", text);
        Assert.Matches(@"lowlatency_risk_refusals_total\{reason=""MaxPosition""\} \d", text);
        Assert.Matches(@"lowlatency_session_logged_on\{venue=""VENUE1""\} 0", text);
        Assert.Matches(@"lowlatency_journal_lag \d", text);
        Assert.Matches(@"lowlatency_tick_to_order_seconds\{stage=""handoff"",quantile=""0.99""\} [0-9.eE-]+", text);
        Assert.Matches(@"lowlatency_tick_to_order_seconds_count\{stage=""handoff""\} [1-9]", text);
    }

    [Fact]
    public void APortAlreadyTakenFailsTheStartInsteadOfServingNothing()
    {
        int port = FreePort.Next();
        using var squatter = new HttpListener();
        squatter.Prefixes.Add($"http://127.0.0.1:{port}/");
        squatter.Start();
        using var server = TradingServer.Create(TestServers.Config(), TestServers.Options(_dir.Path, venue: null) with { MetricsPort = port });
        Assert.Throws<HttpListenerException>(server.Start);
    }

    private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what)).Count;

    [GeneratedRegex(@"^# (HELP|TYPE) lowlatency_[a-z_]+ .+$")]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"^lowlatency_[a-z_]+(\{[a-z_]+=""[^""]*""(,[a-z_]+=""[^""]*"")*\})? (-?[0-9.]+(E[-+]?\d+)?|NaN|\+Inf|-Inf)$")]
    private static partial Regex SampleLine();
}
