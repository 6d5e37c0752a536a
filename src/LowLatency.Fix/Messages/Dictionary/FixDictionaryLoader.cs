using System.Globalization;
using System.Text;
using LowLatency.Core;

namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>Reads the compact dictionary text (see Fix44Data for the grammar) into definitions; start-up only.</summary>
internal static class FixDictionaryLoader
{
    // Length → Data pairs of FIX 4.4 (Vol. 1, data types: a Data field is preceded by its Length field).
    internal static readonly (int Length, int Data)[] DataFieldPairs =
    [
        (90, 91), (93, 89), (95, 96), (212, 213), (348, 349), (350, 351), (352, 353), (354, 355), (356, 357),
        (358, 359), (360, 361), (362, 363), (364, 365), (445, 446), (618, 619), (621, 622),
    ];

    public static FixDictionary Load(string beginString, string fields, string enums, string messages, string allMsgTypes)
    {
        Dictionary<int, byte[][]> enumValues = ParseEnums(enums);
        var fieldDefs = new List<FixFieldDefinition>();
        foreach (string token in fields.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = token.Split(':');
            int tag = int.Parse(parts[0], CultureInfo.InvariantCulture);
            fieldDefs.Add(new FixFieldDefinition(tag, parts[1], ParseType(parts[2]), enumValues.GetValueOrDefault(tag)));
        }

        var cache = new Dictionary<string, FixGroupDefinition>(StringComparer.Ordinal);
        FixMessageDefinition? header = null;
        FixMessageDefinition? trailer = null;
        var defs = new List<FixMessageDefinition>();
        foreach (string line in JoinContinuations(messages))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string[] head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int pos = colon + 1;
            (int[] body, int[] required, FixGroupDefinition[] groups) = ParseItems(line, ref pos, cache);
            if (head[0] == "header" || head[0] == "trailer")
            {
                var def = new FixMessageDefinition(string.Empty, head[0], isAdmin: false, body, required, groups);
                if (head[0] == "header")
                {
                    header = def;
                }
                else
                {
                    trailer = def;
                }

                continue;
            }

            defs.Add(new FixMessageDefinition(head[0], head[1], head[2] == "admin", body, required, groups));
        }

        if (header is null || trailer is null)
        {
            ThrowHelper.ThrowInvalidOperation("dictionary text lacks header or trailer");
        }

        string[] defined = allMsgTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new FixDictionary(beginString, fieldDefs, header, trailer, [.. defs], defined);
    }

    // items until the end of the line or a closing brace; a group's text is also its cache key so identical
    // groups (NoPartyIDs in every order message) are one object.
    private static (int[] Fields, int[] Required, FixGroupDefinition[] Groups) ParseItems(string text, ref int pos, Dictionary<string, FixGroupDefinition> cache)
    {
        var fields = new List<int>();
        var required = new List<int>();
        var groups = new List<FixGroupDefinition>();
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c == ' ')
            {
                pos++;
                continue;
            }

            if (c == '}')
            {
                pos++;
                break;
            }

            int start = pos;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            int tag = int.Parse(text.AsSpan(start, pos - start), CultureInfo.InvariantCulture);
            fields.Add(tag);
            if (pos < text.Length && text[pos] == '!')
            {
                required.Add(tag);
                pos++;
            }

            if (pos < text.Length && text[pos] == '{')
            {
                int groupStart = pos;
                pos++;
                (int[] gFields, int[] gRequired, FixGroupDefinition[] gNested) = ParseItems(text, ref pos, cache);
                string key = tag.ToString(CultureInfo.InvariantCulture) + text[groupStart..pos];
                if (!cache.TryGetValue(key, out FixGroupDefinition? group))
                {
                    group = new FixGroupDefinition(tag, gFields, gRequired, gNested);
                    cache[key] = group;
                }

                groups.Add(group);
            }
        }

        return ([.. fields], [.. required], [.. groups]);
    }

    private static IEnumerable<string> JoinContinuations(string text)
    {
        var current = new StringBuilder();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith(' ') && current.Length > 0)
            {
                current.Append(' ').Append(line.Trim());
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }

            current.Clear().Append(line.Trim());
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static Dictionary<int, byte[][]> ParseEnums(string enums)
    {
        var result = new Dictionary<int, byte[][]>();
        foreach (string raw in enums.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = raw.IndexOf(':', StringComparison.Ordinal);
            int tag = int.Parse(raw.AsSpan(0, colon), CultureInfo.InvariantCulture);
            result[tag] = [.. raw[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Encoding.ASCII.GetBytes)];
        }

        return result;
    }

    private static FixDataType ParseType(string type) => type switch
    {
        "STRING" => FixDataType.String,
        "INT" => FixDataType.Int,
        "LENGTH" => FixDataType.Length,
        "NUMINGROUP" => FixDataType.NumInGroup,
        "SEQNUM" => FixDataType.SeqNum,
        "TAGNUM" => FixDataType.TagNum,
        "DAYOFMONTH" => FixDataType.DayOfMonth,
        "FLOAT" => FixDataType.Float,
        "QTY" => FixDataType.Qty,
        "PRICE" => FixDataType.Price,
        "PRICEOFFSET" => FixDataType.PriceOffset,
        "AMT" => FixDataType.Amt,
        "PERCENTAGE" => FixDataType.Percentage,
        "CHAR" => FixDataType.Char,
        "BOOLEAN" => FixDataType.Boolean,
        "MULTIPLEVALUESTRING" => FixDataType.MultipleValueString,
        "CURRENCY" => FixDataType.Currency,
        "EXCHANGE" => FixDataType.Exchange,
        "COUNTRY" => FixDataType.Country,
        "UTCTIMESTAMP" => FixDataType.UtcTimestamp,
        "UTCTIMEONLY" => FixDataType.UtcTimeOnly,
        "UTCDATEONLY" => FixDataType.UtcDateOnly,
        "LOCALMKTDATE" => FixDataType.LocalMktDate,
        "MONTHYEAR" => FixDataType.MonthYear,
        "DATA" => FixDataType.Data,
        _ => throw new InvalidOperationException("unknown FIX data type " + type),
    };
}
