using System.Runtime.CompilerServices;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>Optional-field writing shared by the message structs: absent is an empty span, '\0' or a negative number.</summary>
internal static class OrderFields
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteOptional(ref FixMessageWriter writer, int tag, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty)
        {
            writer.WriteString(tag, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteOptional(ref FixMessageWriter writer, int tag, char value)
    {
        if (value != '\0')
        {
            writer.WriteChar(tag, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteOptional(ref FixMessageWriter writer, int tag, int value)
    {
        if (value >= 0)
        {
            writer.WriteInt(tag, value);
        }
    }
}
