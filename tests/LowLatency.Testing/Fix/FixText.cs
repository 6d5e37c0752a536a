using System.Text;

namespace LowLatency.Testing.Fix;

/// <summary>Converts between readable FIX ('|' for SOH) and wire bytes, for test input and assertion messages.</summary>
public static class FixText
{
    public const char Soh = '\u0001';

    public static byte[] ToBytes(string readable) => Encoding.ASCII.GetBytes(readable.Replace('|', Soh));

    public static string ToReadable(ReadOnlySpan<byte> wire) => Encoding.ASCII.GetString(wire).Replace(Soh, '|');

    /// <summary>Value of the first <paramref name="tag"/>= field in readable or wire text, or null.</summary>
    public static string? ValueOf(string readable, int tag)
    {
        string prefix = tag + "=";
        foreach (string part in readable.Replace(Soh, '|').Split('|'))
        {
            if (part.StartsWith(prefix, StringComparison.Ordinal))
            {
                return part[prefix.Length..];
            }
        }

        return null;
    }
}
