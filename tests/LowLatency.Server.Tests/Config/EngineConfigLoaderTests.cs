using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Fix.Config;
using LowLatency.Server.Config;
using LowLatency.Testing;

namespace LowLatency.Server.Tests.Config;

public sealed class EngineConfigLoaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ll-engine-config-" + Guid.NewGuid().ToString("N"));

    public EngineConfigLoaderTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string EngineFile => Path.Combine(RepositoryRoot.Path, "fix-config", "engine.ini");

    private static string PortfolioFile => Path.Combine(RepositoryRoot.Path, "src", "LowLatency.Server", "Config", "Portfolio", "default-portfolio.ini");

    [Fact]
    public void TheEmbeddedDefaultsAreTheShippedFilesByteForByte()
    {
        Assert.Equal(File.ReadAllText(EngineFile), DefaultConfigs.Engine.Text);
        Assert.Equal(File.ReadAllText(PortfolioFile), DefaultConfigs.Portfolio.Text);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "fix-config", "venues.ini")), DefaultConfigs.Venues.Text);
    }

    [Fact]
    public void TheDefaultsAssembleSessionsVenuesLimitsAndServerSettings()
    {
        EngineConfig config = EngineConfigLoader.LoadDefaults();

        Assert.Equal(["VENUE1", "VENUE2", "VENUE3"], config.Sessions.Select(s => s.SessionId.TargetCompID));
        Assert.Equal(["VENUE1", "VENUE2", "VENUE3"], config.Venues.Select(v => v.TargetCompId));
        Assert.Equal([0, 1, 2], config.Venues.Select(v => v.Index));
        Assert.Equal(new VenueId(2), config.Execution.Venues[1].Venue);
        Assert.Equal(-0.5, config.Execution.Venues[0].MakerFeeBps);
        Assert.Equal(config.Portfolio.Instruments.Count, config.Execution.Instruments.Count);
        InstrumentSettings ethPerp = config.Execution.Instruments.Single(i => i.Instrument.Symbol == "ETH-PERP");
        Assert.Equal(500m, (decimal)ethPerp.MaxOrderQuantity.ToDouble());
        InstrumentSettings btc = config.Execution.Instruments.Single(i => i.Instrument.Symbol == "BTC");
        Assert.Equal(100, btc.MaxOrderQuantity.ToDouble());
        Assert.Equal(new InstrumentId(1), btc.Instrument.Underlying);
        Assert.Equal("LL", config.Execution.Orders.ClOrdIdPrefix);
        Assert.Equal(2_000_000_000, config.Execution.Orders.AckTimeoutNs);
        Assert.Equal(1_000_000_000, config.Execution.Risk.RejectWindowNs);
        Assert.Equal(WaitStrategyKind.Blocking, config.Server.WaitStrategy);
        Assert.Equal(TimeSpan.FromMilliseconds(1), config.Server.TimerInterval);
        Assert.Equal(JournalFsyncPolicy.Interval, config.Server.JournalFsync);
        Assert.Equal(0, config.Server.MetricsPort);
        Assert.True(config.Analytics.Enabled);
        Assert.Equal(64, config.Fingerprint.Length);
        Assert.Empty(config.Execution.FindErrors());
    }

    [Fact]
    public void TheFingerprintChangesWithEitherFileButNotWithLineEndings()
    {
        string engine = DefaultConfigs.Engine.Text;
        string portfolio = DefaultConfigs.Portfolio.Text;
        string baseline = EngineConfigLoader.Fingerprint(engine, portfolio);

        Assert.Equal(baseline, EngineConfigLoader.Fingerprint(engine.Replace("\n", "\r\n", StringComparison.Ordinal), portfolio));
        Assert.NotEqual(baseline, EngineConfigLoader.Fingerprint(engine + "\n", portfolio));
        Assert.NotEqual(baseline, EngineConfigLoader.Fingerprint(engine, portfolio.Replace("Cash=2000000", "Cash=2000001", StringComparison.Ordinal)));
    }

    public static TheoryData<string, string, string, string?, string> Mistakes() => new()
    {
        // name, text in engine.ini, replacement, expected key, expected message fragment
        { "typo in a server key", "InboundRingSize=8192", "InboundRingSze=8192", "InboundRingSze", "did you mean InboundRingSize?" },
        { "ring size not a power of two", "OutboundRingSize=4096", "OutboundRingSize=3000", "OutboundRingSize", "must be a power of two" },
        { "unknown wait strategy", "WaitStrategy=Blocking", "WaitStrategy=Lazy", "WaitStrategy", "Lazy" },
        { "duration without unit", "TimerInterval=1ms", "TimerInterval=1", "TimerInterval", "is not a duration" },
        { "metrics port out of range", "MetricsPort=0", "MetricsPort=70000", "MetricsPort", "70000" },
        { "venue without a session", "Name=VENUE3", "Name=VENUE9", "Name", "no [SESSION] has TargetCompID=VENUE9" },
        { "venue fee out of range", "TakerFeeBps=1.5", "TakerFeeBps=6000", "TakerFeeBps", "TakerFeeBps must be within" },
        { "limits for an unknown symbol", "Symbol=ETH-PERP", "Symbol=DOGE", "Symbol", "'DOGE' is not an instrument" },
        { "limit off the lot grid", "MaxOrderQuantity=500", "MaxOrderQuantity=500.001", "MaxOrderQuantity", "more decimals than the quantity scale" },
        { "negative exposure limit", "MaxGrossExposure=20000000", "MaxGrossExposure=-1", "MaxGrossExposure", "must be a positive number" },
        { "bad correlation", "Correlation=0.7", "Correlation=1.5", "Correlation", "must be in (-1, 1)" },
        { "unknown section", "[ROUTER]", "[ROUTING]", null, "unknown section [ROUTING]" },
        { "bad ClOrdID prefix", "ClOrdIdPrefix=LL", "ClOrdIdPrefix=LL7", "ClOrdIdPrefix", "not ending in a digit" },
        { "FIX key typo still caught", "LogonTimeout=10", "LogonTimout=10", "LogonTimout", "unknown key" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EveryMistakeInTheEngineFileIsRefusedNamingTheFileLineAndKey(string name, string original, string replacement, string? key, string fragment)
    {
        string text = File.ReadAllText(EngineFile);
        int at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, name);
        string broken = text[..at] + replacement + text[(at + original.Length)..];
        int line = broken[..at].Count(c => c == '\n') + 1;
        string path = Path.Combine(_directory, "engine.ini");
        File.WriteAllText(path, broken);

        var ex = Assert.Throws<FixConfigException>(() => EngineConfigLoader.Load(path, PortfolioFile));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Equal(key, ex.Key);
        Assert.Contains(fragment, ex.Message);
        Assert.StartsWith($"{path}:{line}:", ex.Message);
    }

    [Fact]
    public void AMistakeInThePortfolioIsReportedInThePortfolioFile()
    {
        string path = Path.Combine(_directory, "portfolio.ini");
        File.WriteAllText(path, File.ReadAllText(PortfolioFile).Replace("Cash=2000000", "Cash=plenty", StringComparison.Ordinal));

        var ex = Assert.Throws<FixConfigException>(() => EngineConfigLoader.Load(EngineFile, path));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal("Cash", ex.Key);
    }

    [Fact]
    public void AMissingFileIsAConfigErrorNamingIt()
    {
        string missing = Path.Combine(_directory, "nope.ini");
        var ex = Assert.Throws<FixConfigException>(() => EngineConfigLoader.Load(missing, PortfolioFile));
        Assert.Equal(missing, ex.FilePath);
        Assert.Contains("cannot read the file", ex.Message);
    }

    [Fact]
    public void AnEngineFileWithoutRiskLimitsIsRefused()
    {
        string text = File.ReadAllText(EngineFile);
        int start = text.IndexOf("[RISK]", StringComparison.Ordinal);
        int end = text.IndexOf("# Per-instrument", StringComparison.Ordinal);
        string path = Path.Combine(_directory, "engine.ini");
        File.WriteAllText(path, text[..start] + text[end..]);

        var ex = Assert.Throws<FixConfigException>(() => EngineConfigLoader.Load(path, PortfolioFile));
        Assert.Contains("missing [RISK] section", ex.Message);
    }
}
