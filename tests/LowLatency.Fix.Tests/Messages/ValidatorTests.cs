using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Messages;

public class ValidatorTests
{
    private readonly FixParser _parser = new();
    private readonly FixValidator _validator = new();

    private FixValidationResult Validate(string fields, FixValidator? validator = null)
    {
        Assert.True(_parser.TryParse(FixMessageBuilder.Valid(fields), out FixMessage message));
        return (validator ?? _validator).Validate(message);
    }

    [Fact]
    public void EveryFixtureIsValid()
    {
        foreach ((string msgType, string fields) in FixFixtures.All)
        {
            FixValidationResult result = Validate(fields);
            Assert.True(result.IsValid, $"{msgType}: {result}");
        }
    }

    [Fact]
    public void AMissingRequiredBodyFieldIsRequiredTagMissingWithItsTag()
    {
        string withoutSide = FixFixtures.NewOrderSingle().Replace("|54=1", string.Empty, StringComparison.Ordinal);

        Assert.Equal(FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, FixTag.Side), Validate(withoutSide));
    }

    [Theory]
    [InlineData(49)]
    [InlineData(56)]
    [InlineData(34)]
    [InlineData(52)]
    public void AMissingRequiredHeaderFieldIsRequiredTagMissing(int tag)
    {
        string fields = string.Join('|', FixFixtures.Heartbeat().Split('|').Where(p => !p.StartsWith(tag + "=", StringComparison.Ordinal)));

        Assert.Equal(FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, tag), Validate(fields));
    }

    [Fact]
    public void ARequiredFieldMissingFromAGroupEntryIsReported()
    {
        string fields = FixFixtures.Header("W") + "|55=BTC|268=2|269=0|270=1|271=1|269=1|270=2|271=1";
        Assert.True(Validate(fields).IsValid);

        string missing = FixFixtures.Header("V") + "|262=M|263=1|264=0|267=1|269=0|146=1|55=BTC|454=1|456=8";

        Assert.Equal(FixValidationResult.Session(SessionRejectReason.RepeatingGroupFieldsOutOfOrder, 456), Validate(missing));
    }

    [Theory]
    [InlineData("|38=abc", 38)]
    [InlineData("|38=1e5", 38)]
    [InlineData("|44=--1", 44)]
    [InlineData("|60=20260105", 60)]
    [InlineData("|21=12", 21)]
    [InlineData("|114=X", 114)]
    public void AValueInTheWrongFormatIsIncorrectDataFormat(string field, int tag)
    {
        string fields = Replace(FixFixtures.NewOrderSingle(), field);

        Assert.Equal(FixValidationResult.Session(SessionRejectReason.IncorrectDataFormatForValue, tag), Validate(fields));
    }

    [Theory]
    [InlineData("|54=Z", 54)]
    [InlineData("|40=5", 40)]
    [InlineData("|59=9", 59)]
    public void AValueOutsideTheEnumerationIsValueIsIncorrect(string field, int tag)
    {
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.ValueIsIncorrect, tag), Validate(Replace(FixFixtures.NewOrderSingle(), field)));
    }

    [Fact]
    public void AFixFieldTheMessageDoesNotDefineIsTagNotDefinedForThisMessageType()
    {
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.TagNotDefinedForThisMessageType, 270),
            Validate(FixFixtures.Heartbeat() + "|270=1"));
    }

    [Fact]
    public void ANumberThatIsNoFixFieldIsAnInvalidTagNumber()
    {
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.InvalidTagNumber, 4000), Validate(FixFixtures.Heartbeat() + "|4000=1"));
    }

    [Fact]
    public void UserDefinedFieldsPassUnlessValidationOfThemIsOn()
    {
        string fields = FixFixtures.NewOrderSingle() + "|7001=x";
        var strict = new FixValidator(options: new FixValidationOptions { ValidateUserDefinedFields = true });

        Assert.True(Validate(fields).IsValid);
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.InvalidTagNumber, 7001), Validate(fields, strict));
    }

    [Theory]
    [InlineData("AE")]
    [InlineData("R")]
    [InlineData("UXY")]
    public void AValidButUnsupportedMsgTypeGetsABusinessReject(string msgType)
    {
        Assert.Equal(FixValidationResult.Business(BusinessRejectReason.UnsupportedMessageType), Validate(FixFixtures.Header(msgType)));
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("I")]
    [InlineData("#")]
    public void AGarbageMsgTypeIsInvalidMsgType(string msgType)
    {
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.InvalidMsgType, FixTag.MsgType), Validate(FixFixtures.Header(msgType)));
    }

    [Fact]
    public void AnEmptyMsgTypeIsTagWithoutValueAndAMissingOneIsRequired()
    {
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.TagSpecifiedWithoutAValue, 35), Validate("35=|34=1|49=A|52=20260105-09:00:00|56=B"));
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, 35), Validate("34=1|49=A|52=20260105-09:00:00|56=B"));
    }

    [Fact]
    public void ParserFindingsComeBeforeFieldChecks()
    {
        Assert.Equal(FixValidationResult.Session(SessionRejectReason.TagAppearsMoreThanOnce, 11),
            Validate(FixFixtures.NewOrderSingle() + "|11=again"));
    }

    [Fact]
    public void TheDictionaryKnowsTheSupportedLayouts()
    {
        var dictionary = LowLatency.Fix.Messages.Dictionary.FixDictionary.Fix44;

        Assert.Equal(18, dictionary.Messages.Count);
        Assert.Equal(LowLatency.Fix.Messages.Dictionary.FixDataType.Price, dictionary.GetField(FixTag.Price)!.Type);
        Assert.Equal(269, dictionary.GetMessage("W"u8)!.GetGroup(FixTag.NoMDEntries)!.Delimiter);
        Assert.Equal(279, dictionary.GetMessage("X"u8)!.GetGroup(FixTag.NoMDEntries)!.Delimiter);
        Assert.Equal(FixTag.RawData, dictionary.GetDataTag(FixTag.RawDataLength));
        Assert.True(dictionary.IsHeaderField(FixTag.SendingTime));
        Assert.False(dictionary.IsHeaderField(FixTag.Price));
    }

    // Replaces the tag's existing value in a readable message (or appends the field).
    private static string Replace(string fields, string field)
    {
        string tag = field[1..field.IndexOf('=', StringComparison.Ordinal)];
        var parts = fields.Split('|').ToList();
        int at = parts.FindIndex(p => p.StartsWith(tag + "=", StringComparison.Ordinal));
        if (at >= 0)
        {
            parts[at] = field[1..];
            return string.Join('|', parts);
        }

        return fields + field;
    }
}
