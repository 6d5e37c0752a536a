using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>
/// Fields shared by the message structs: optional-field writing (absent is an empty span, '\0' or a negative
/// number) and the order terms NewOrderSingle and OrderCancelReplaceRequest both carry.
/// </summary>
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

    /// <summary>The order terms of 35=D and 35=G, in their shared field order: 54, 60, 38, 40, 44 (when priced), 59 (when set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteOrderTerms(
        ref FixMessageWriter writer, char side, long transactTimeNanos, Quantity orderQty, char ordType, Price? price, char timeInForce)
    {
        writer.WriteChar(FixTag.Side, side);
        writer.WriteUtcTimestamp(FixTag.TransactTime, transactTimeNanos);
        writer.WriteQuantity(FixTag.OrderQty, orderQty);
        writer.WriteChar(FixTag.OrdType, ordType);
        if (price is { } p)
        {
            writer.WritePrice(FixTag.Price, p);
        }

        WriteOptional(ref writer, FixTag.TimeInForce, timeInForce);
    }

    /// <summary>
    /// Reads the order terms of 35=D and 35=G (plus the optional 21); false when one the engine needs (54, 60, 38, 40)
    /// is missing or malformed. Every field is read either way, so the caller sees all that parsed.
    /// </summary>
    public static bool TryReadOrderTerms(
        in FixMessage message, out char side, out long transactTimeNanos, out Quantity orderQty, out char ordType,
        out Price? price, out char timeInForce, out char handlInst)
    {
        price = message.TryGetPrice(FixTag.Price, out Price px) ? px : null;
        message.TryGetChar(FixTag.TimeInForce, out timeInForce);
        message.TryGetChar(FixTag.HandlInst, out handlInst);
        return message.TryGetChar(FixTag.Side, out side) &
               message.TryGetUtcTimestamp(FixTag.TransactTime, out transactTimeNanos) &
               message.TryGetQuantity(FixTag.OrderQty, out orderQty) &
               message.TryGetChar(FixTag.OrdType, out ordType);
    }
}
