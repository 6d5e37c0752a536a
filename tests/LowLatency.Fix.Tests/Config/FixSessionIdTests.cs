using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Tests.Config;

public class FixSessionIdTests
{
    [Fact]
    public void FilePrefixFollowsQuickFixNaming()
    {
        Assert.Equal("FIX.4.4-ENGINE-VENUE1", new FixSessionId("FIX.4.4", "ENGINE", "VENUE1").FilePrefix);
        Assert.Equal("FIX.4.4-ENGINE_DESK-VENUE1_GW-MD", new FixSessionId("FIX.4.4", "ENGINE", "VENUE1", "DESK", "GW", "MD").FilePrefix);
    }

    [Fact]
    public void TextFormNamesBothSidesAndTheQualifier()
    {
        Assert.Equal("FIX.4.4:ENGINE/DESK->VENUE1/GW:MD", new FixSessionId("FIX.4.4", "ENGINE", "VENUE1", "DESK", "GW", "MD").ToString());
    }

    [Fact]
    public void EqualityIsByValueAndEmptyOptionalPartsCountAsAbsent()
    {
        Assert.Equal(new FixSessionId("FIX.4.4", "A", "B"), new FixSessionId("FIX.4.4", "A", "B", string.Empty, null, string.Empty));
        Assert.NotEqual(new FixSessionId("FIX.4.4", "A", "B"), new FixSessionId("FIX.4.4", "A", "B", sessionQualifier: "Q"));
    }

    [Fact]
    public void ReversedIsTheCounterpartysView()
    {
        var id = new FixSessionId("FIX.4.4", "ENGINE", "VENUE1", "DESK", null, "MD");

        Assert.Equal(new FixSessionId("FIX.4.4", "VENUE1", "ENGINE", null, "DESK", "MD"), id.Reversed());
    }
}
