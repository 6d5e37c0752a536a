using System.Text;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class ParserCapacityTests
{
    [Fact]
    public void AMessageLargerThanTheInitialIndexGrowsItOnceThenParsesWithoutAllocating()
    {
        var text = new StringBuilder(FixFixtures.Header("X")).Append("|268=400");
        for (int i = 0; i < 400; i++)
        {
            text.Append("|279=0|269=").Append(i % 2).Append("|270=").Append(100 + i).Append("|271=1");
        }

        byte[] big = FixMessageBuilder.Valid(text.ToString());
        var parser = new FixParser();
        Assert.True(parser.TryParse(big, out FixMessage message));
        Assert.False(message.HasError, message.Error.ToString());
        Assert.True(message.TryGetGroup(FixTag.NoMDEntries, out FixGroup entries));
        Assert.Equal(400, entries.Count);
        Assert.True(entries[399].TryGetInt(FixTag.MDEntryPx, out int last) && last == 499);

        long bytes = Allocations.Measure(() => parser.TryParse(big, out _), iterations: 100, warmup: 10);
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void TheHopGroupInTheHeaderIsAGroupNotDuplicates()
    {
        var parser = new FixParser();
        byte[] bytes = FixMessageBuilder.Valid(FixFixtures.Heartbeat() + "|627=2|628=H1|629=20260105-09:00:00|628=H2");

        Assert.True(parser.TryParse(bytes, out FixMessage message));

        Assert.False(message.HasError, message.Error.ToString());
        Assert.True(message.TryGetGroup(FixTag.NoHops, out FixGroup hops) && hops.Count == 2);
    }

    [Theory]
    [InlineData("", "B")]
    [InlineData("A\u0001B", "B")]
    [InlineData("A", "é")]
    public void CompIdsThatCannotBeSentAreRefusedAtConstruction(string sender, string target)
    {
        Assert.Throws<ArgumentException>(() => new FixMessageEncoder(sender, target));
    }
}
