using System.Runtime.InteropServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>
/// One MDEntry of a snapshot (W) or incremental refresh (X) as plain values, so entries can be copied into
/// preallocated arrays (ring slots) with no reference into the receive buffer. The entry's symbol, when sent
/// per entry, is read from the group entry (<see cref="FixGroupEntry.GetSpan"/>) or set on the message struct.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public struct MarketDataEntry
{
    /// <summary>MDUpdateAction (279) for X; '\0' in a snapshot.</summary>
    public char UpdateAction;
    public char EntryType;
    public Price? Price;
    public Quantity? Size;

    /// <summary>NumberOfOrders (346); 0 = not sent.</summary>
    public int NumberOfOrders;

    /// <summary>MDEntryPositionNo (290); 0 = not sent.</summary>
    public int PositionNo;

    /// <summary>Decodes one entry in a single pass over its fields; false when a value is malformed.</summary>
    public static bool TryRead(FixGroupEntry entry, out MarketDataEntry value)
    {
        value = default;
        bool ok = true;
        foreach (FixField field in entry.Fields)
        {
            ReadOnlySpan<byte> text = field.Value;
            switch (field.Tag)
            {
                case FixTag.MDUpdateAction:
                    ok &= text.Length == 1;
                    value.UpdateAction = text.Length == 1 ? (char)text[0] : '\0';
                    break;
                case FixTag.MDEntryType:
                    ok &= text.Length == 1;
                    value.EntryType = text.Length == 1 ? (char)text[0] : '\0';
                    break;
                case FixTag.MDEntryPx:
                    ok &= Core.FixedPoint.Price.TryParse(text, out Price px);
                    value.Price = px;
                    break;
                case FixTag.MDEntrySize:
                    ok &= Quantity.TryParse(text, out Quantity size);
                    value.Size = size;
                    break;
                case FixTag.NumberOfOrders:
                    ok &= Codec.Values.FixNumber.TryParseInt(text, out value.NumberOfOrders);
                    break;
                case FixTag.MDEntryPositionNo:
                    ok &= Codec.Values.FixNumber.TryParseInt(text, out value.PositionNo);
                    break;
            }
        }

        return ok;
    }

    /// <summary>Writes the entry's fields, starting with the group delimiter (279 in X, 269 in W).</summary>
    public readonly void Write(ref FixMessageWriter writer, ReadOnlySpan<byte> symbol)
    {
        OrderFields.WriteOptional(ref writer, FixTag.MDUpdateAction, UpdateAction);
        writer.WriteChar(FixTag.MDEntryType, EntryType);
        OrderFields.WriteOptional(ref writer, FixTag.Symbol, symbol);
        if (Price is { } px)
        {
            writer.WritePrice(FixTag.MDEntryPx, px);
        }

        if (Size is { } size)
        {
            writer.WriteQuantity(FixTag.MDEntrySize, size);
        }

        if (NumberOfOrders > 0)
        {
            writer.WriteInt(FixTag.NumberOfOrders, NumberOfOrders);
        }

        if (PositionNo > 0)
        {
            writer.WriteInt(FixTag.MDEntryPositionNo, PositionNo);
        }
    }
}
