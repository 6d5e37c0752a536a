using System.Globalization;
using System.Text;

namespace LowLatency.Testing.Fix;

/// <summary>
/// Makes FIX messages for tests from readable text: <c>"35=D|49=A|56=B|…"</c> ('|' stands for SOH) gets
/// 8=, 9= and 10= computed. Options reproduce what other engines do (jspurefix pads BodyLength, orders header
/// fields its own way) and what a broken line does (wrong BodyLength or CheckSum). Allocates freely: tests only.
/// </summary>
public sealed record FixMessageBuilder
{
    public string BeginString { get; init; } = "FIX.4.4";

    /// <summary>Zero-pads BodyLength to this many digits (jspurefix sends <c>9=0000073</c>); 0 = no padding.</summary>
    public int BodyLengthWidth { get; init; }

    /// <summary>Added to the true BodyLength: a garbled length.</summary>
    public int BodyLengthError { get; init; }

    /// <summary>Added (mod 256) to the true CheckSum: a corrupted message.</summary>
    public int CheckSumError { get; init; }

    /// <summary>Header tags moved, in this order, to just after 35 (e.g. 49, 56, 34, 52 as jspurefix orders them).</summary>
    public IReadOnlyList<int>? HeaderOrder { get; init; }

    /// <summary>A valid message with default options.</summary>
    public static byte[] Valid(string fields) => new FixMessageBuilder().Build(fields);

    /// <summary>Builds the frame for <paramref name="fields"/> (everything between 9= and 10=, '|' for SOH).</summary>
    public byte[] Build(string fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        string body = Reorder(fields.TrimEnd('|'));
        byte[] bodyBytes = FixText.ToBytes(body + "|");
        int bodyLength = bodyBytes.Length + BodyLengthError;
        string length = bodyLength.ToString(CultureInfo.InvariantCulture).PadLeft(BodyLengthWidth, '0');
        byte[] head = FixText.ToBytes($"8={BeginString}|9={length}|");
        byte[] withoutTrailer = [.. head, .. bodyBytes];
        int sum = 0;
        foreach (byte b in withoutTrailer)
        {
            sum += b;
        }

        int checksum = ((sum + CheckSumError) % 256 + 256) % 256;
        return [.. withoutTrailer, .. FixText.ToBytes($"10={checksum:000}|")];
    }

    private string Reorder(string fields)
    {
        if (HeaderOrder is null || HeaderOrder.Count == 0)
        {
            return fields;
        }

        List<string> parts = [.. fields.Split('|')];
        var moved = new List<string>();
        foreach (int tag in HeaderOrder)
        {
            string prefix = tag.ToString(CultureInfo.InvariantCulture) + "=";
            int at = parts.FindIndex(p => p.StartsWith(prefix, StringComparison.Ordinal));
            if (at >= 0)
            {
                moved.Add(parts[at]);
                parts.RemoveAt(at);
            }
        }

        int msgType = parts.FindIndex(p => p.StartsWith("35=", StringComparison.Ordinal));
        parts.InsertRange(msgType + 1, moved);
        return string.Join('|', parts);
    }
}
