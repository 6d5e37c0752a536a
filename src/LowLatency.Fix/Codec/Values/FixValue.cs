using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Codec.Values;

/// <summary>FIX char and Boolean values on raw bytes (the typed accessors of message views use these).</summary>
public static class FixValue
{
    /// <summary>A FIX char: exactly one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseChar(ReadOnlySpan<byte> text, out char value)
    {
        if (text.Length == 1)
        {
            value = (char)text[0];
            return true;
        }

        value = '\0';
        return false;
    }

    /// <summary>A FIX Boolean: exactly <c>Y</c> or <c>N</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseBool(ReadOnlySpan<byte> text, out bool value)
    {
        if (text.Length == 1)
        {
            byte b = text[0];
            if (b == (byte)'Y')
            {
                value = true;
                return true;
            }

            if (b == (byte)'N')
            {
                value = false;
                return true;
            }
        }

        value = false;
        return false;
    }
}
