using LowLatency.Server.Cli;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Pipeline;
using LowLatency.Server.Replay;
using LowLatency.Server.Tests.Support;
using LowLatency.Testing;

namespace LowLatency.Server.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private readonly TempDirectory _dir = new("ll-cli");
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private readonly StopSignal _stop = new();

    public void Dispose()
    {
        _stop.Dispose();
        _dir.Dispose();
    }

    private int Run(params string[] args) => CliApp.Run(args, new CliContext(_out, _err, _stop));

    private static string EngineFile => Path.Combine(RepositoryRoot.Path, "fix-config", "engine.ini");

    private static string PortfolioFile => Path.Combine(RepositoryRoot.Path, "src", "LowLatency.Server", "Config", "Portfolio", "default-portfolio.ini");

    [Fact]
    public void AnUnknownOptionPrintsTheUsageAndExitsWithTwo()
    {
        Assert.Equal(2, Run("engine", "--turbo", "on"));
        Assert.Contains("unknown option '--turbo'", _err.ToString());
        Assert.Contains("usage: lowlatency", _err.ToString());
    }

    [Fact]
    public void AMissingRequiredOptionIsAUsageError()
    {
        Assert.Equal(2, Run("engine", "--fix", EngineFile));
        Assert.Contains("'engine' needs --portfolio", _err.ToString());
    }

    [Fact]
    public void ABadConfigurationRefusesToStartNamingFileLineAndKeyWithExitCodeTwo()
    {
        string path = Path.Combine(_dir.Path, "engine.ini");
        string text = File.ReadAllText(EngineFile);
        File.WriteAllText(path, text.Replace("GlobalBurst=50", "GlobalBurst=lots", StringComparison.Ordinal));
        int line = text[..text.IndexOf("GlobalBurst=50", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        Assert.Equal(2, Run("engine", "--fix", path, "--portfolio", PortfolioFile, "--journal", _dir.Path));
        Assert.Contains($"configuration error: {path}:{line}: GlobalBurst:", _err.ToString());
        Assert.False(File.Exists(Path.Combine(_dir.Path, "engine.journal"))); // refused before anything started
    }

    [Fact]
    public void CheckConfigValidatesTheEmbeddedDefaults()
    {
        Assert.Equal(0, Run("check-config"));
        Assert.Contains("configuration OK", _out.ToString());
        Assert.Contains("venues VENUE1, VENUE2, VENUE3", _out.ToString());
    }

    [Fact]
    public void BacktestPrintsItsReport()
    {
        Assert.Equal(0, Run("backtest", "--days", "1", "--seed", "3", "--steps-per-day", "288"));
        string o = _out.ToString();
        Assert.Contains("backtest of portfolio 'demo'", o);
        Assert.Contains("288 steps", o);
        Assert.Contains("time in band", o);
    }

    [Fact]
    public void ReplayRebuildsPositionsFromAJournalAndRefusesACorruptOne()
    {
        EngineConfig config = TestServers.Config();
        string journal = Path.Combine(_dir.Path, JournalReplay.EngineJournal);
        using (var loop = new DecisionLoop(config, journalPath: journal))
        {
            foreach (InboundEvent e in SyntheticMarket.Generate(config, 400, TimeSpan.FromMinutes(1), seed: 23))
            {
                InboundEvent copy = e;
                loop.Feed(ref copy);
            }

            Assert.True(loop.Orders.Count > 0);
        }

        Assert.Equal(0, Run("replay", "--journal", _dir.Path));
        string o = _out.ToString();
        Assert.Contains("fills", o);
        Assert.Contains("BTC-PERP", o);
        Assert.Contains("cash", o);

        byte[] bytes = File.ReadAllBytes(journal);
        bytes[40] ^= 0xFF;
        File.WriteAllBytes(journal, bytes);
        Assert.Equal(1, Run("replay", "--journal", _dir.Path));
        Assert.Contains("is corrupt", _err.ToString());
    }

    [Fact]
    public void TheEngineCommandTradesAgainstVenuesForItsDurationAndStopsCleanly()
    {
        using var venue = new SimpleVenue(_dir.Path, TestServers.Quotes);
        string text = File.ReadAllText(EngineFile)
            .Replace("SocketConnectPort=9881", $"SocketConnectPort={venue.Port}", StringComparison.Ordinal)
            .Replace("SocketConnectPort=9882", $"SocketConnectPort={venue.Port}", StringComparison.Ordinal)
            .Replace("SocketConnectPort=9883", $"SocketConnectPort={venue.Port}", StringComparison.Ordinal)
            .Replace("FileStorePath=data/fix/engine/store", $"FileStorePath={Path.Combine(_dir.Path, "store")}", StringComparison.Ordinal)
            .Replace("FileLogPath=data/fix/engine/log", $"FileLogPath={Path.Combine(_dir.Path, "log")}", StringComparison.Ordinal)
            .Replace("DashboardInterval=2s", "DashboardInterval=200ms", StringComparison.Ordinal);
        string path = Path.Combine(_dir.Path, "engine.ini");
        File.WriteAllText(path, text);

        int code = Run("engine", "--fix", path, "--portfolio", PortfolioFile, "--journal", Path.Combine(_dir.Path, "journal"), "--duration", "1500ms");

        string o = _out.ToString();
        Assert.True(code == 0, o + _err);
        Assert.Contains("LowLatency engine: portfolio 'demo'", o);
        Assert.Contains("VENUE1 LoggedOn", o); // a dashboard frame while running
        Assert.Contains("latency  tick→order", o);
        Assert.Contains("stopped cleanly", o);
        Assert.Equal(JournalRecordType.Stop, JournalReader.Read(Path.Combine(_dir.Path, "journal", "engine.journal")).Entries[^1].Type);
    }
}
