using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Tests.Config;

public class ConfigBinderTests
{
    private const string Path = "fix-config/test.ini";

    private static (ConfigBinder Binder, SectionReader Reader) ReaderFor(string text, string section = "S")
    {
        var binder = new ConfigBinder(IniDocument.Parse(text, Path));
        IniSection? defaults = binder.SingleSection("DEFAULT");
        IniSection target = binder.Sections(section)[0];
        return (binder, binder.Read(target, defaults));
    }

    private static FixConfigException ReadFails(string value, Action<SectionReader> read)
    {
        var (_, reader) = ReaderFor($"[S]\n\nKey={value}\n");
        var ex = Assert.Throws<FixConfigException>(() => read(reader));
        Assert.Equal((Path, 3, "Key"), (ex.FilePath, ex.Line, ex.Key));
        return ex;
    }

    [Fact]
    public void AKeyNoReaderConsumedIsReportedWithFileLineAndASuggestion()
    {
        var (binder, reader) = ReaderFor("[S]\nHeartBtInt=30\nHeartBeatInt=30\n");
        reader.OptionalInt("HeartBtInt", 1, 100);

        var ex = Assert.Throws<FixConfigException>(binder.Complete);

        Assert.Equal("fix-config/test.ini:3: HeartBeatInt: unknown key in [S]; did you mean HeartBtInt?", ex.Message);
    }

    [Fact]
    public void AnUnknownKeyFarFromEveryKnownKeyGetsNoSuggestion()
    {
        var (binder, reader) = ReaderFor("[S]\nHeartBtInt=30\nColour=blue\n");
        reader.OptionalInt("HeartBtInt", 1, 100);

        var ex = Assert.Throws<FixConfigException>(binder.Complete);

        Assert.Equal("fix-config/test.ini:3: Colour: unknown key in [S]", ex.Message);
    }

    [Fact]
    public void ASectionNoComponentClaimedIsReported()
    {
        var binder = new ConfigBinder(IniDocument.Parse("[SESSION]\n[VENEU]\n", Path));
        binder.Sections("SESSION");
        binder.Sections("VENUE");

        var ex = Assert.Throws<FixConfigException>(binder.Complete);

        Assert.Equal("fix-config/test.ini:2: unknown section [VENEU] (known sections: SESSION, VENUE)", ex.Message);
    }

    [Fact]
    public void ARepeatedSingleSectionIsAnError()
    {
        var binder = new ConfigBinder(IniDocument.Parse("[DEFAULT]\n[DEFAULT]\n", Path));

        var ex = Assert.Throws<FixConfigException>(() => binder.SingleSection("DEFAULT"));

        Assert.Equal("fix-config/test.ini:2: [DEFAULT] may appear only once (first at line 1)", ex.Message);
    }

    [Fact]
    public void DefaultsAreInheritedAndSectionValuesOverrideThem()
    {
        var (binder, reader) = ReaderFor("[DEFAULT]\nA=1\nB=2\n[S]\nB=3\n");

        Assert.Equal(1, reader.RequireInt("A", 0, 9));
        Assert.Equal(3, reader.RequireInt("B", 0, 9));
        binder.Complete(); // the overridden default B=2 is a known key, not an unknown one
    }

    [Fact]
    public void ABadInheritedValueIsReportedAtTheDefaultLineNamingTheSession()
    {
        var (_, reader) = ReaderFor("[DEFAULT]\nA=x\n[S]\n");

        var ex = Assert.Throws<FixConfigException>(() => reader.RequireInt("A", 1, int.MaxValue));

        Assert.Equal("fix-config/test.ini:2: A: 'x' is not a positive integer (inherited by [S] at line 3)", ex.Message);
    }

    [Fact]
    public void AMissingRequiredKeyIsReportedAtTheSectionHeader()
    {
        var (_, reader) = ReaderFor("# x\n[S]\nA=1\n");

        var ex = Assert.Throws<FixConfigException>(() => reader.RequireString("TargetCompID"));

        Assert.Equal("fix-config/test.ini:2: TargetCompID: required key missing in [S]", ex.Message);
    }

    [Fact]
    public void AnEmptyValueCountsAsAbsentAndClearsADefault()
    {
        var (binder, reader) = ReaderFor("[DEFAULT]\nSenderSubID=DESK\n[S]\nSenderSubID=\n");

        Assert.Null(reader.OptionalString("SenderSubID"));
        binder.Complete();
    }

    [Theory]
    [InlineData("abc", "'abc' is not a positive integer")]
    [InlineData("0", "'0' is not a positive integer")]
    [InlineData("-5", "'-5' is not a positive integer")]
    [InlineData("99999999999", "'99999999999' is not a positive integer")]
    [InlineData("1.5", "'1.5' is not a positive integer")]
    public void IntegersOutsideTheirRangeOrMalformedAreRejected(string value, string detail)
    {
        var ex = ReadFails(value, r => r.RequireInt("Key", 1, int.MaxValue));

        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void PortsAreOneTo65535()
    {
        var ex = ReadFails("70000", r => r.OptionalPort("Key"));

        Assert.Equal("'70000' is not a TCP port (1..65535)", ex.Detail);
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("y", true)]
    [InlineData("N", false)]
    [InlineData("n", false)]
    public void BooleansAreYOrN(string value, bool expected)
    {
        var (_, reader) = ReaderFor($"[S]\nKey={value}\n");

        Assert.Equal(expected, reader.OptionalBool("Key", !expected));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("true")]
    [InlineData("1")]
    public void OtherBooleanSpellingsAreRejected(string value)
    {
        var ex = ReadFails(value, r => r.OptionalBool("Key", false));

        Assert.Equal($"'{value}' is not Y or N", ex.Detail);
    }

    [Fact]
    public void TimesAreTwentyFourHourHHMMSS()
    {
        var (_, reader) = ReaderFor("[S]\nKey=23:05:09\n");

        Assert.Equal(new TimeOnly(23, 5, 9), reader.OptionalTime("Key"));
    }

    [Theory]
    [InlineData("9:00")]
    [InlineData("24:00:00")]
    [InlineData("09:00:00 UTC")]
    public void MalformedTimesAreRejected(string value)
    {
        var ex = ReadFails(value, r => r.OptionalTime("Key"));

        Assert.Equal($"'{value}' is not a time of day HH:MM:SS", ex.Detail);
    }

    [Theory]
    [InlineData("su", DayOfWeek.Sunday)]
    [InlineData("Mon", DayOfWeek.Monday)]
    [InlineData("TUESDAY", DayOfWeek.Tuesday)]
    [InlineData("th", DayOfWeek.Thursday)]
    [InlineData("Sat", DayOfWeek.Saturday)]
    public void DaysAcceptNamesAndPrefixesOfTwoLettersOrMore(string value, DayOfWeek expected)
    {
        var (_, reader) = ReaderFor($"[S]\nKey={value}\n");

        Assert.Equal(expected, reader.OptionalDayOfWeek("Key"));
    }

    [Theory]
    [InlineData("s")]
    [InlineData("Mondays")]
    [InlineData("xx")]
    public void AmbiguousOrUnknownDaysAreRejected(string value)
    {
        var ex = ReadFails(value, r => r.OptionalDayOfWeek("Key"));

        Assert.Contains("is not a day of the week", ex.Detail);
    }

    [Fact]
    public void EnumsMatchTheirNamesIgnoringCase()
    {
        var (_, reader) = ReaderFor("[S]\nKey=acceptor\n");

        Assert.Equal(ConnectionType.Acceptor, reader.RequireEnum<ConnectionType>("Key"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Initiator,Acceptor")]
    [InlineData("client")]
    public void EnumNumbersAndCombinationsAreRejected(string value)
    {
        var ex = ReadFails(value, r => r.RequireEnum<ConnectionType>("Key"));

        Assert.Equal($"'{value}' is not one of Initiator|Acceptor", ex.Detail);
    }

    [Fact]
    public void TimeZonesResolveIanaIds()
    {
        var (_, reader) = ReaderFor("[S]\nKey=America/New_York\n");

        TimeZoneInfo zone = reader.OptionalTimeZone("Key", TimeZoneInfo.Utc);

        Assert.Equal(TimeSpan.FromHours(-5), zone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void UnknownTimeZonesAreRejected()
    {
        var ex = ReadFails("Mars/Olympus_Mons", r => r.OptionalTimeZone("Key", TimeZoneInfo.Utc));

        Assert.StartsWith("'Mars/Olympus_Mons' is not a known time zone", ex.Detail);
    }

    [Fact]
    public void MalformedAddressesAreRejected()
    {
        var ex = ReadFails("127.0.0.256", r => r.OptionalIPAddress("Key"));

        Assert.Equal("'127.0.0.256' is not an IP address", ex.Detail);
    }

    [Fact]
    public void OtherComponentsBindTheirOwnSectionsFromTheSameDocument()
    {
        const string text = """
            [DEFAULT]
            ConnectionType=acceptor
            BeginString=FIX.4.4
            SenderCompID=VENUE1
            TargetCompID=ENGINE
            NonStopSession=Y
            [SESSION]
            SocketAcceptPort=9881
            [VENUE]
            Name=VENUE1
            TickMicros=250
            """;
        var binder = new ConfigBinder(IniDocument.Parse(text, Path));

        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.Bind(binder);
        SectionReader venue = binder.Read(binder.SingleSection("VENUE")!);
        string name = venue.RequireString("Name");
        int tick = venue.RequireInt("TickMicros", 1, 1_000_000);
        binder.Complete();

        Assert.Single(sessions);
        Assert.Equal(("VENUE1", 250), (name, tick));
    }

    [Fact]
    public void AKeyNoComponentReadsInItsOwnSectionIsStillReported()
    {
        var binder = new ConfigBinder(IniDocument.Parse("[VENUE]\nName=V\nTickMicro=250\n", Path));
        SectionReader venue = binder.Read(binder.SingleSection("VENUE")!);
        venue.RequireString("Name");
        venue.OptionalInt("TickMicros", 1, 1, 1_000_000);

        var ex = Assert.Throws<FixConfigException>(binder.Complete);

        Assert.Equal("fix-config/test.ini:3: TickMicro: unknown key in [VENUE]; did you mean TickMicros?", ex.Message);
    }
}
