using LowLatency.Fix.Codec.Reading;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec.Reference;

// The optimised FixParser must report exactly what the straightforward one did (the session builds its Reject
// reasons and RefTagIDs from these): same verdict, same fields with offsets and group entries, same groups and
// entries, same first error, same tag index. The parsers are reused across inputs, as on a connection, so
// state left over from one message (index slots, entry stamps, entry templates, recorded shapes) is exercised
// too. Every input goes through two parsers: one that keeps shapes (layouts seen before are matched instead of
// parsed) and one that always parses in full (the fast path, or the checked loop it falls back to).
public class ParserEquivalenceTests
{
    // Entry templates: later entries that follow the first, depart from it at the start, in the middle or at the end,
    // repeat a field, spell a tag differently, leave a value empty, or outnumber NumInGroup.
    private static readonly string[] TemplateCases =
    [
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3|271=5",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|262=MD2",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|269=0|279=2|270=3",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3|270=4",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|0279=2|269=0|270=3",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=|270=3",
        FixFixtures.Header("X") + "|262=MD|268=2|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3",
        FixFixtures.Header("X") + "|262=MD|268=4|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3|58=t|262=MD",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3|95=2|96=ab",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|269=0|95=1|96=x|279=1|269=1|279=2|269=0",
        FixFixtures.Header("X") + "|262=MD|268=3|279=0|279=0|269=0|279=1|269=1|279=2|269=0",
        FixFixtures.Header("D") + "|11=O-1|453=3|448=P1|447=D|452=1|448=P2|447=D|452=3|448=P3|447=D|802=1|523=S|803=1|55=BTC|54=1",
        FixFixtures.Header("D") + "|11=O-1|453=3|448=P1|447=D|452=1|448=P2|447=D|452=3|448=P3|447=D|452=4|55=BTC|54=1|10=000",
    ];

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
        var parsers = new Parsers();
        foreach (byte[] frame in Seeds())
        {
            parsers.AssertSame(frame);
        }

        // Twice over: the second time every error-free layout has been seen, so the shape path decides those.
        foreach (byte[] frame in Seeds())
        {
            parsers.AssertSame(frame);
        }

        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Shape] >= 10, parsers.Describe());
        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Fast] >= 20, parsers.Describe());
        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Checked] >= 20, parsers.Describe());
    }

    [Fact]
    public void FortyThousandMutatedMessagesParseExactlyAsTheReferenceParserDid()
    {
        var random = new Random(20261125);
        var parsers = new Parsers();
        byte[][] seeds = [.. Seeds()];
        for (int i = 0; i < 40_000; i++)
        {
            byte[] seed = seeds[random.Next(seeds.Length)];
            parsers.AssertSame(seed); // the unmutated layout first, so the mutant meets its shape
            parsers.AssertSame(FuzzTests.Mutate(seed, random));
        }

        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Shape] >= 10_000, parsers.Describe());
        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Fast] >= 10_000, parsers.Describe());
        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Checked] >= 5_000, parsers.Describe());
    }

    [Fact]
    public void MarketDataWithVaryingEntriesValuesAndLayoutsParsesExactlyAsTheReferenceParserDid()
    {
        // A feed's own variety: entry counts from 1 to 12, values of every length, and now and then an entry with
        // an extra field or a different order, so templates and shapes are learnt, matched, missed and replaced.
        var random = new Random(7);
        var parsers = new Parsers();
        for (int i = 0; i < 5_000; i++)
        {
            var text = new System.Text.StringBuilder(FixFixtures.Header("X", seq: random.Next(1, 100_000)))
                .Append("|262=MD-").Append(random.Next(1000)).Append("|268=");
            int entries = random.Next(3) == 0 ? random.Next(1, 13) : 10;
            text.Append(entries);
            for (int e = 0; e < entries; e++)
            {
                text.Append("|279=").Append(random.Next(3)).Append("|269=").Append(random.Next(2))
                    .Append("|55=").Append(random.Next(2) == 0 ? "BTC-PERP" : "ETH-PERP")
                    .Append("|270=").Append(random.Next(1, 100_000)).Append('.').Append(random.Next(100))
                    .Append("|271=").Append(random.Next(1, 1000));
                if (random.Next(40) == 0)
                {
                    text.Append("|272=20260105");
                }
            }

            parsers.AssertSame(FixMessageBuilder.Valid(text.ToString()));
        }

        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Shape] >= 1_000, parsers.Describe());
        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Fast] >= 1_000, parsers.Describe());
    }

    [Fact]
    public void RandomTokenSoupParsesExactlyAsTheReferenceParserDid()
    {
        const string Alphabet = "0123456789==\u0001\u0001AXD8";
        var random = new Random(4);
        var parsers = new Parsers();
        byte[] head = FixText.ToBytes("8=FIX.4.4|9=12|35=X|");
        byte[] longHead = FixText.ToBytes("8=FIX.4.4|9=12|35=X|49=ENGINE|56=VENUE1|34=7|52=20260105-09:00:00.000|");
        for (int i = 0; i < 20_000; i++)
        {
            var bytes = new List<byte>(i % 2 == 0 ? head : longHead); // long enough for the fast path half the time
            int length = random.Next(0, 40);
            for (int j = 0; j < length; j++)
            {
                bytes.Add((byte)Alphabet[random.Next(Alphabet.Length)]);
            }

            if (random.Next(2) == 0)
            {
                bytes.AddRange(FixText.ToBytes("10=000|"));
            }

            parsers.AssertSame([.. bytes]);
        }

        Assert.True(parsers.Paths[(int)FixParser.ParsePath.Fast] + parsers.Paths[(int)FixParser.ParsePath.Shape] >= 100, parsers.Describe());
    }

    private static IEnumerable<byte[]> Seeds()
    {
        foreach ((string _, string fields) in FixFixtures.All)
        {
            yield return FixMessageBuilder.Valid(fields);
        }

        yield return FixMessageBuilder.Valid(FixFixtures.MarketDataIncremental(entries: 10));
        yield return new FixMessageBuilder { HeaderOrder = [49, 56, 34, 52] }.Build(FixFixtures.ExecutionReport());
        foreach (string fields in EdgeCases.Concat(TemplateCases))
        {
            yield return FixMessageBuilder.Valid(fields);
        }
    }

    // The same input through a shape-keeping parser and a full-parsing one, each against its own reference (the
    // references see the same sequence of inputs as their parser, so no state can make them disagree by chance).
    private sealed class Parsers
    {
        private readonly FixParser _shaped = new();
        private readonly FixParser _full = new() { UseShapes = false };
        private readonly ReferenceFixParser _shapedReference = new();
        private readonly ReferenceFixParser _fullReference = new();

        public int[] Paths { get; } = new int[3];

        public void AssertSame(byte[] frame)
        {
            ParserEquivalenceTests.AssertSame(_shaped, _shapedReference, frame);
            Paths[(int)_shaped.LastPath]++;
            ParserEquivalenceTests.AssertSame(_full, _fullReference, frame);
            Assert.NotEqual(FixParser.ParsePath.Shape, _full.LastPath);
        }

        public string Describe() => $"checked {Paths[0]}, fast {Paths[1]}, shape {Paths[2]}";
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
