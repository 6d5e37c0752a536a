using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Config;
using LowLatency.Testing;
using LowLatency.Venue.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.Venue.Tests.Config;

/// <summary>The venue sections of a venues file: what they bind to, and every mistake named by file, line and key.</summary>
public sealed class VenueSettingsFileTests
{
    private const string Source = "test:venues.ini";

    // Line numbers matter: the tests below point at them.
    private static readonly string[] ValidLines =
    [
        "[DEFAULT]",                        // 1
        "ConnectionType=acceptor",          // 2
        "BeginString=FIX.4.4",              // 3
        "TargetCompID=LLENGINE",            // 4
        "NonStopSession=Y",                 // 5
        "[SESSION]",                        // 6
        "SenderCompID=V1",                  // 7
        "SocketAcceptPort=9881",            // 8
        "[VENUE]",                          // 9
        "Name=ALPHA",                       // 10
        "SenderCompID=V1",                  // 11
        "MakerFeeBps=-0.25",                // 12
        "TakerFeeBps=2",                    // 13
        "AddedLatency=250us",               // 14
        "CancelOnDisconnect=N",             // 15
        "[INSTRUMENT]",                     // 16
        "Venue=ALPHA",                      // 17
        "Symbol=BTC",                       // 18
        "TickSize=0.01",                    // 19
        "LotSize=0.001",                    // 20
        "StartingPrice=65000.00",           // 21
        "Volatility=0.6",                   // 22
        "[INSTRUMENT]",                     // 23
        "Venue=ALPHA",                      // 24
        "Symbol=BTC-PERP",                  // 25
        "TickSize=0.1",                     // 26
        "LotSize=0.001",                    // 27
        "StartingPrice=65030.0",            // 28
        "Underlying=BTC",                   // 29
        "Basis=0.0005",                     // 30
        "BasisHalfLife=10m",                // 31
        "[LIQUIDITY]",                      // 32
        "Venue=ALPHA",                      // 33
        "Seed=9",                           // 34
        "StepInterval=50ms",                // 35
        "MakerLevels=3",                    // 36
        "[FAULTS]",                         // 37
        "Venue=ALPHA",                      // 38
        "RejectEveryNthOrder=7",            // 39
        "MessageDelay=5ms",                 // 40
    ];

    [Fact]
    public void MarketDataIsResentByDefaultAndGapFilledWhenTheVenueSaysSo()
    {
        VenueConfig byDefault = Assert.Single(VenueSettingsFile.Parse(Text(), Source)).Config;
        VenueConfig transient = Assert.Single(VenueSettingsFile.Parse(Text().Replace("CancelOnDisconnect=N", "CancelOnDisconnect=N\nResendMarketData=N", StringComparison.Ordinal), Source)).Config;

        Assert.True(byDefault.ResendMarketData);
        Assert.False(transient.ResendMarketData);
    }

    [Fact]
    public void AValidFileBindsEveryVenueKeyAndTiesTheVenueToItsSessions()
    {
        SimulatedVenueDefinition venue = Assert.Single(VenueSettingsFile.Parse(Text(), Source));

        VenueConfig c = venue.Config;
        Assert.Equal(("ALPHA", -0.25, 2.0, TimeSpan.FromMicroseconds(250), false), (c.Name, c.Fees.MakerBps, c.Fees.TakerBps, c.AddedLatency, c.CancelOnDisconnect));
        Assert.Equal("V1", Assert.Single(venue.Sessions).SessionId.SenderCompID);
        VenueInstrumentConfig btc = c.Instruments[0];
        Assert.Equal(("BTC", Price.Parse("0.01", 2), Quantity.Parse("0.001", 3), 2, Price.Parse("65000.00", 2), 0.6), (btc.Symbol, btc.TickSize, btc.LotSize, btc.PriceScale, btc.StartingPrice, btc.Volatility));
        VenueInstrumentConfig perp = c.Instruments[1];
        Assert.Equal(("BTC", 0.0005, TimeSpan.FromMinutes(10), true), (perp.Underlying, perp.Basis, perp.BasisHalfLife, perp.FollowsDriver));
        Assert.Equal((9, TimeSpan.FromMilliseconds(50), 3), (c.Liquidity.Seed, c.Liquidity.StepInterval, c.Liquidity.Maker.Levels));
        Assert.Equal((7, TimeSpan.FromMilliseconds(5)), (c.Faults.RejectEveryNthOrder, c.Faults.MessageDelay));
    }

    [Theory]
    [InlineData(13, "TakerFeeBps=cheap", 13, "TakerFeeBps")]
    [InlineData(14, "AddedLatency=5", 14, "AddedLatency")]
    [InlineData(14, "AddedLatency=11s", 14, "AddedLatency")]
    [InlineData(15, "CancelOnDisconect=Y", 15, "CancelOnDisconect")]
    [InlineData(17, "Venue=BETA", 17, "Venue")]
    [InlineData(19, "TickSize=abc", 19, "TickSize")]
    [InlineData(21, "StartingPrice=65000.005", 21, "StartingPrice")]
    [InlineData(22, "Volatility=-1", 22, "Volatility")]
    [InlineData(29, "Underlying=ETH", 29, "Underlying")]
    [InlineData(30, "Volatility=0.5", 30, "Volatility")]
    [InlineData(36, "MakerLevels=0", 36, "MakerLevels")]
    [InlineData(35, "StepInterval=0", 35, "StepInterval")]
    [InlineData(39, "DropEveryNthMessage=1", 39, "DropEveryNthMessage")]
    [InlineData(40, "MessageDelay=2m", 40, "MessageDelay")]
    [InlineData(11, "SenderCompID=V2", 6, "SenderCompID")]
    [InlineData(7, "SenderCompID=V9", 6, "SenderCompID")]
    public void AMistakeIsRefusedNamingItsFileLineAndKey(int line, string replacement, int expectedLine, string expectedKey)
    {
        var error = Assert.Throws<FixConfigException>(() => VenueSettingsFile.Parse(Text((line, replacement)), Source));

        Assert.Equal((Source, expectedLine, expectedKey), (error.FilePath, error.Line, error.Key));
    }

    [Theory]
    [InlineData("Correlations=BTC BTC-PERP 0.9", "correlate the drivers")]
    [InlineData("Correlations=BTC ETH 0.9", "'ETH' is not listed on this venue")]
    [InlineData("Correlations=BTC 0.9", "is not 'SYMBOL SYMBOL RHO'")]
    public void CorrelationsMayOnlyPairDriversListedOnTheVenue(string line, string why)
    {
        var error = Assert.Throws<FixConfigException>(() => VenueSettingsFile.Parse(Text((36, line)), Source));

        Assert.Equal((36, "Correlations"), (error.Line, error.Key));
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownSectionAVenueWithoutInstrumentsOrSessionsAndAMissingFileAreRefused()
    {
        FixConfigException unknown = Assert.Throws<FixConfigException>(() => VenueSettingsFile.Parse(Text() + "\n[VENUES]\nName=X\n", Source));
        FixConfigException unreachable = Assert.Throws<FixConfigException>(() => VenueSettingsFile.Parse(
            Text() + "\n[VENUE]\nName=BETA\n[INSTRUMENT]\nVenue=BETA\nSymbol=X\nTickSize=1\nLotSize=1\nStartingPrice=10\n", Source));
        FixConfigException empty = Assert.Throws<FixConfigException>(() => VenueSettingsFile.Parse(Text().Replace("Venue=ALPHA", "Venue=BETA", StringComparison.Ordinal) + "\n[VENUE]\nName=BETA\nSenderCompID=V2\n", Source));
        FixConfigException missing = Assert.Throws<FixConfigException>(() => VenueSettingsFile.Load("/nonexistent/venues.ini"));

        Assert.Contains("unknown section [VENUES]", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((41, "SenderCompID"), (unreachable.Line, unreachable.Key));
        Assert.Contains("has no [SESSION] with SenderCompID=BETA", unreachable.Message, StringComparison.Ordinal);
        Assert.Equal(9, empty.Line);
        Assert.Contains("lists no [INSTRUMENT]", empty.Message, StringComparison.Ordinal);
        Assert.Equal("/nonexistent/venues.ini", missing.FilePath);
    }

    [Fact]
    public void TheShippedFileBindsThreeVenuesWithDifferentPricesAndFees()
    {
        IReadOnlyList<SimulatedVenueDefinition> venues = VenueSettingsFile.Load(Path.Combine(RepositoryRoot.Path, "fix-config", "venues.ini"));

        Assert.Equal(3, venues.Count);
        Assert.Equal(3, venues.Select(v => v.Config.Instruments[0].StartingPrice).Distinct().Count());
        Assert.Equal(3, venues.Select(v => v.Config.Fees).Distinct().Count());
        Assert.All(venues, v => Assert.Equal(v.Config.Name, Assert.Single(v.Sessions).SessionId.SenderCompID));
    }

    [Theory]
    [InlineData("250us", 2_500)]
    [InlineData("5ms", 50_000)]
    [InlineData("1.5s", 15_000_000)]
    [InlineData("10m", 6_000_000_000)]
    [InlineData("0", 0)]
    public void DurationsCarryTheirUnit(string text, long ticks)
    {
        Assert.True(VenueIniReader.TryParseDuration(text, out TimeSpan value));
        Assert.Equal(ticks, value.Ticks);
        Assert.False(VenueIniReader.TryParseDuration("5", out _));
        Assert.False(VenueIniReader.TryParseDuration("-1s", out _));
    }

    private static string Text(params (int Line, string Replacement)[] changes)
    {
        string[] lines = (string[])ValidLines.Clone();
        foreach ((int line, string replacement) in changes)
        {
            lines[line - 1] = replacement;
        }

        return string.Join('\n', lines);
    }
}
