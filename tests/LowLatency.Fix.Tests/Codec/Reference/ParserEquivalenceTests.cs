using LowLatency.Fix.Codec.Reading;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec.Reference;

// The optimised FixParser must report exactly what the straightforward one did (the session builds its Reject
// reasons and RefTagIDs from these): same verdict, same fields with offsets and group entries, same groups and
// entries, same first error, same tag index. Both parsers are reused across inputs, as on a connection, so
// state left over from one message (index slots, entry stamps) is exercised too.
public class ParserEquivalenceTests
{
    private static readonly string[] EdgeCases =
    [
        // nested groups (Parties 453 → PartySubIDs 802), a header group (NoHops 627), a data field holding SOH
        FixFixtures.Header("D") + "|11=O-1|453=2|448=P1|447=D|452=1|802=2|523=S1|803=1|523=S2|803=2|448=P2|452=3|55=BTC|54=1|60=20260105-09:00:00.000|38=1|40=2",
        "35=A|34=1|49=A|52=20260105-09:00:00.000|56=B|627=2|628=H1|629=20260105-09:00:00.000|628=H2|98=0|108=30|95=5|96=ab\u0001cd",
        FixFixtures.Header("A") + "|98=0|108=30|95=3|96=a\u0001b|141=Y",
        FixFixtures.Header("A") + "|98=0|108=30|95=9|96=a\u0001b|141=Y",
        FixFixtures.Header("A") + "|98=0|108=30|95=x|96=ab",
        FixFixtures.Header("A") + "|98=0|108=30|93=2|89=zz",
        // large tags, duplicates, empty values, bad tags, order problems
        FixFixtures.Header("D") + "|11=O-1|5001=a|20000=b|5001=c|55=BTC|54=1",
        FixFixtures.Header("D") + "|11=O-1|11=O-2|55=|54=1",
        FixFixtures.Header("D") + "|11=O-1|0=x|12a=3|=5|123456789012=1|55=BTC",
        FixFixtures.Header("D") + "|11=O-1|55=BTC|34=9|54=1",
        "34=1|35=D|49=A|56=B|11=O",
        FixFixtures.Header("D") + "|11=O-1|55=BTC|54=1|10=000|58=after",
        // group counts: too few, too many, not a number, huge, a field before the delimiter, repeated inside an entry
        FixFixtures.Header("X") + "|268=3|279=0|269=0|270=1|279=1|269=1|270=2",
        FixFixtures.Header("X") + "|268=1|279=0|269=0|270=1|279=1|269=1|270=2|262=MD",
        FixFixtures.Header("X") + "|268=x|279=0|269=0",
        FixFixtures.Header("X") + "|268=-1|279=0",
        FixFixtures.Header("X") + "|268=999999|279=0|269=0",
        FixFixtures.Header("X") + "|268=2|269=0|279=0|270=1|270=2|279=1|55=A|55=B",
        FixFixtures.Header("V") + "|262=R|263=1|264=0|267=2|269=0|269=1|146=2|55=BTC|454=1|455=X|456=4|55=ETH",
        FixFixtures.Header("8") + "|37=O|17=E|150=0|39=0|55=BTC|54=1|382=1|375=C|337=T|555=1|600=L|604=1|605=S|539=1|524=P|804=1|545=Q",
        FixFixtures.Header("ZZZ") + "|11=O-1|268=1|279=0",
        FixFixtures.Header("U9") + "|5000=1",
    ];

    [Fact]
    public void EveryFixtureAndEdgeCaseParsesExactlyAsTheReferenceParserDid()
    {
        var parser = new FixParser();
        var reference = new ReferenceFixParser();
        foreach (byte[] frame in Seeds())
        {
            AssertSame(parser, reference, frame);
        }
    }

    [Fact]
    public void FortyThousandMutatedMessagesParseExactlyAsTheReferenceParserDid()
    {
        var random = new Random(20261125);
        var parser = new FixParser();
        var reference = new ReferenceFixParser();
        byte[][] seeds = [.. Seeds()];
        for (int i = 0; i < 40_000; i++)
        {
            AssertSame(parser, reference, FuzzTests.Mutate(seeds[random.Next(seeds.Length)], random));
        }
    }

    [Fact]
    public void RandomTokenSoupParsesExactlyAsTheReferenceParserDid()
    {
        const string Alphabet = "0123456789==\u0001\u0001AXD8";
        var random = new Random(4);
        var parser = new FixParser();
        var reference = new ReferenceFixParser();
        byte[] head = FixText.ToBytes("8=FIX.4.4|9=12|35=X|");
        for (int i = 0; i < 20_000; i++)
        {
            var bytes = new List<byte>(head);
            int length = random.Next(0, 40);
            for (int j = 0; j < length; j++)
            {
                bytes.Add((byte)Alphabet[random.Next(Alphabet.Length)]);
            }

            if (random.Next(2) == 0)
            {
                bytes.AddRange(FixText.ToBytes("10=000|"));
            }

            AssertSame(parser, reference, [.. bytes]);
        }
    }

    private static IEnumerable<byte[]> Seeds()
    {
        foreach ((string _, string fields) in FixFixtures.All)
        {
            yield return FixMessageBuilder.Valid(fields);
        }

        yield return FixMessageBuilder.Valid(FixFixtures.MarketDataIncremental(entries: 10));
        yield return new FixMessageBuilder { HeaderOrder = [49, 56, 34, 52] }.Build(FixFixtures.ExecutionReport());
        foreach (string fields in EdgeCases)
        {
            yield return FixMessageBuilder.Valid(fields);
        }
    }

    private static void AssertSame(FixParser parser, ReferenceFixParser reference, byte[] frame)
    {
        bool expected = reference.TryParse(frame);
        bool actual = parser.TryParse(frame, out FixMessage message);
        string text = FixText.ToReadable(frame);
        Assert.True(expected == actual, $"verdict {actual}, reference {expected}: {text}");
        if (!expected)
        {
            return; // a garbled frame: the session only sees "false", nothing else of the view is read
        }

        Assert.True(reference.Error == message.Error, $"error {message.Error}, reference {reference.Error}: {text}");
        Assert.Same(reference.Definition, message.Definition);
        Assert.Equal(reference.FieldCount, parser.FieldCount);
        for (int i = 0; i < reference.FieldCount; i++)
        {
            ref readonly FieldEntry e = ref reference.FieldAt(i);
            ref readonly FieldEntry a = ref parser.FieldAt(i);
            Assert.True(e.Tag == a.Tag && e.Start == a.Start && e.Length == a.Length && e.Entry == a.Entry,
                $"field {i}: ({a.Tag},{a.Start},{a.Length},{a.Entry}) vs reference ({e.Tag},{e.Start},{e.Length},{e.Entry}): {text}");
            Assert.Equal(reference.Find(e.Tag), parser.Find(e.Tag));
        }

        for (int tag = 0; tag < 1100; tag++)
        {
            Assert.Equal(reference.Find(tag), parser.Find(tag));
        }

        Assert.Equal(reference.GroupCount, parser.GroupCount);
        for (int g = 0; g < reference.GroupCount; g++)
        {
            ref readonly GroupRecord e = ref reference.GroupAt(g);
            ref readonly GroupRecord a = ref parser.GroupAt(g);
            Assert.True(e.CountTag == a.CountTag && e.CountField == a.CountField && e.Declared == a.Declared &&
                        e.FirstEntry == a.FirstEntry && e.EntryCount == a.EntryCount && e.ParentEntry == a.ParentEntry &&
                        ReferenceEquals(e.Definition, a.Definition), $"group {g}: {text}");
            for (int entry = e.FirstEntry; entry < e.FirstEntry + e.EntryCount; entry++)
            {
                Assert.True(reference.EntryAt(entry).FirstField == parser.EntryAt(entry).FirstField &&
                            reference.EntryAt(entry).EndField == parser.EntryAt(entry).EndField, $"entry {entry}: {text}");
            }
        }
    }
}
