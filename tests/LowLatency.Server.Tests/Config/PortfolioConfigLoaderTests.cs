using LowLatency.Core.Ids;
using LowLatency.Fix.Config;
using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Server.Config.Portfolio;

namespace LowLatency.Server.Tests.Config;

public sealed class PortfolioConfigLoaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ll-portfolio-" + Guid.NewGuid().ToString("N"));

    public PortfolioConfigLoaderTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The shipped sample, found from the test's output directory up to the repository.</summary>
    private static string DefaultFile
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "src", "LowLatency.Server", "Config", "Portfolio", "default-portfolio.ini");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("default-portfolio.ini not found above " + AppContext.BaseDirectory);
        }
    }

    [Fact]
    public void TheShippedDefaultPortfolioLoadsAndDrivesARealEngine()
    {
        PortfolioConfig config = PortfolioConfigLoader.Load(DefaultFile);
        Assert.Empty(config.Validate());
        Assert.Equal("demo", config.Name);
        Assert.Equal(11, config.Instruments.Count);
        Assert.Equal(["BTC-PERP", "BTC", "BTC-FUT-MAR27"], config.Deltas[0].Hedges);
        Assert.Equal(DeltaBandKind.GammaAware, config.Deltas[0].Band);
        Assert.Equal(TimeSpan.FromMinutes(5), config.Leverage!.Cooldown);
        Assert.Equal(TimeSpan.FromMilliseconds(1), config.GreeksTimeResolution);
        Assert.Equal(1_000_000, RebalancingEngine.Create(config).Book.TimeResolutionNanoseconds);
        Assert.Equal(new DateTime(2027, 3, 26, 8, 0, 0, DateTimeKind.Utc), config.Instruments[2].Expiry);
        Assert.Equal(0.01, config.Instruments[2].Multiplier);
        Assert.Equal(250_000, config.Liquidation!.Reserve);

        // Two days of minute ticks on both underlyings through the real book, policies and fills.
        RebalancingEngine engine = RebalancingEngine.Create(config);
        const int Steps = 2_880;
        var gen = new PathGenerator(1);
        (double[] btc, double[] eth) = gen.CorrelatedGbm(60_000, 0.6, 3_000, 0.8, 0.7, 1.0 / (365 * 1440), Steps);
        long start = YearFraction.ToUnixNanoseconds(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var paths = new PricePaths([new InstrumentId(1), new InstrumentId(20)], PricePaths.EvenTimes(start, TimeSpan.FromMinutes(1), Steps), [btc, eth]);
        BacktestReport report = new BacktestRunner(engine).Run(paths);
        Assert.Equal(0, report.RejectedFills);
        Assert.True(report.Count(RebalanceReason.GammaAwareDeltaBand) > 0);
        Assert.Equal(1.0, report.TimeInBand[0]);
        Assert.True(report.MinMarginRatio > 1.6); // a calm market never wakes liquidation protection
    }

    public static TheoryData<string, string, string, string?, string> Mistakes() => new()
    {
        // name, line in the sample to replace, replacement, expected key, expected message fragment
        { "typo in a key", "RiskAversion=0.0001", "RiskAversio=0.0001", "RiskAversio", "did you mean RiskAversion?" },
        { "not a number", "Cash=2000000", "Cash=lots", "Cash", "'lots' is not a number" },
        { "out of range", "Ripcord=4.5", "Ripcord=2.5", "Ripcord", "must be above Max (3)" },
        { "unknown section", "[IMPACT]", "[SLIPPAGE]", null, "unknown section [SLIPPAGE]" },
        { "bad duration", "Cooldown=5m", "Cooldown=5 minutes", "Cooldown", "is not a duration" },
        { "bad enum", "Band=GammaAware", "Band=Wide", "Band", "is not one of Fixed|GammaAware" },
        { "unknown hedge", "Hedges=BTC-PERP,BTC,BTC-FUT-MAR27", "Hedges=BTC-PERP,DOGE", "Hedges", "'DOGE' is not an instrument of the portfolio" },
        { "expiry without a zone", "Expiry=2027-03-26T08:00:00Z", "Expiry=2027-03-26T08:00:00", "Expiry", "ISO 8601 with its zone" },
        { "bad multiplier in the third instrument", "Multiplier=0.01", "Multiplier=-1", "Multiplier", "must be in (0, 1000000000]" },
        { "empty list entry", "Legs=ETH-PERP", "Legs=ETH-PERP,", "Legs", "has an empty entry" },
        { "not a decimal lot", "LotSize=0.001\nSpread=2", "LotSize=1e-3\nSpread=2", "LotSize", "is not a decimal quantity" },
        { "greeks time resolution above a minute", "GreeksTimeResolution=1ms", "GreeksTimeResolution=2m", "GreeksTimeResolution", "must be between 00:00:00 and 00:01:00" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EveryMistakeIsRefusedNamingTheFileLineAndKey(string name, string original, string replacement, string? key, string fragment)
    {
        string text = File.ReadAllText(DefaultFile);
        Assert.True(text.Contains(original, StringComparison.Ordinal), name);
        int at = text.IndexOf(original, StringComparison.Ordinal);
        string broken = text[..at] + replacement + text[(at + original.Length)..];
        int line = broken[..at].Count(c => c == '\n') + 1 + (key is not null ? replacement[..Math.Max(0, replacement.IndexOf(key, StringComparison.Ordinal))].Count(c => c == '\n') : 0);
        string path = Write(broken);

        var ex = Assert.Throws<FixConfigException>(() => PortfolioConfigLoader.Load(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Equal(key, ex.Key);
        Assert.Contains(fragment, ex.Message);
        Assert.StartsWith($"{path}:{line}:", ex.Message);
    }

    [Fact]
    public void ASettingLeftAtItsDefaultIsReportedAtItsSectionHeader()
    {
        string text = File.ReadAllText(DefaultFile).Replace("CollateralTarget=2.0\n", "", StringComparison.Ordinal).Replace("AddCollateralBelow=1.6", "AddCollateralBelow=2.5", StringComparison.Ordinal);
        string path = Write(text);
        int header = text[..text.IndexOf("[LIQUIDATION]", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var ex = Assert.Throws<FixConfigException>(() => PortfolioConfigLoader.Load(path));
        Assert.Equal(header, ex.Line);
        Assert.Equal("CollateralTarget", ex.Key);
        Assert.Contains("must be at least AddCollateralBelow + Hysteresis", ex.Message);
    }

    [Fact]
    public void AMissingRequiredKeyIsReportedAtItsSection()
    {
        string text = File.ReadAllText(DefaultFile);
        int eth = text.IndexOf("Symbol=ETH\n", StringComparison.Ordinal);
        string path = Write(text.Remove(eth, "Symbol=ETH\n".Length));
        var ex = Assert.Throws<FixConfigException>(() => PortfolioConfigLoader.Load(path));
        Assert.Equal("Symbol", ex.Key);
        Assert.Contains("required key missing in [INSTRUMENT]", ex.Message);
    }

    [Fact]
    public void ARepeatedSingleSectionIsRefused()
    {
        string path = Write(File.ReadAllText(DefaultFile) + "\n[LEVERAGE]\nMin=0\n");
        var ex = Assert.Throws<FixConfigException>(() => PortfolioConfigLoader.Load(path));
        Assert.Contains("[LEVERAGE] may appear only once", ex.Message);
    }

    [Fact]
    public void AFileWithoutAPortfolioSectionOrThatCannotBeReadIsRefusedNamingIt()
    {
        string path = Write("[IMPACT]\nMaxImpactBps=10\n");
        Assert.Contains("missing [PORTFOLIO]", Assert.Throws<FixConfigException>(() => PortfolioConfigLoader.Load(path)).Message);
        string missing = Path.Combine(_directory, "absent.ini");
        FixConfigException ex = Assert.Throws<FixConfigException>(() => PortfolioConfigLoader.Load(missing));
        Assert.Equal(missing, ex.FilePath);
    }

    [Fact]
    public void AMinimalFileTakesTheDocumentedDefaults()
    {
        string path = Write("""
            [PORTFOLIO]
            Name=minimal
            [INSTRUMENT]
            Id=1
            Symbol=BTC
            Kind=Spot
            Underlying=BTC
            TickSize=0.01
            LotSize=0.001
            Quantity=2
            """);
        PortfolioConfig config = PortfolioConfigLoader.Load(path);
        Assert.Equal(TimeSpan.FromSeconds(10), config.PendingTimeout);
        Assert.Equal(TimeSpan.Zero, config.GreeksTimeResolution); // exact unless asked
        Assert.Null(config.Leverage);
        Assert.Null(config.Liquidation);
        Assert.Empty(config.Deltas);
        Assert.Equal(new ImpactConfig(), config.Impact);
        Assert.Equal(new WeightsConfig(), config.Weights);
        Assert.Equal(2, config.Instruments[0].Quantity);
    }

    private string Write(string text)
    {
        string path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".ini");
        File.WriteAllText(path, text);
        return path;
    }
}
