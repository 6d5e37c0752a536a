using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>
/// MarketDataIncrementalRefresh (35=X): level changes and trades. Encoding writes <see cref="Symbol"/> into every
/// entry (one instrument per message, as the venues publish); decoding copies entries into a caller array.
/// </summary>
public ref struct MarketDataIncrementalRefresh : IFixMessageBody
{
    public ReadOnlySpan<byte> MdReqId;
    public ReadOnlySpan<byte> Symbol;
    public ReadOnlySpan<MarketDataEntry> Entries;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.MarketDataIncrementalRefresh;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        OrderFields.WriteOptional(ref writer, FixTag.MDReqID, MdReqId);
        writer.WriteInt(FixTag.NoMDEntries, Entries.Length);
        foreach (ref readonly MarketDataEntry entry in Entries)
        {
            entry.Write(ref writer, Symbol);
        }
    }

    /// <summary>
    /// Copies up to <paramref name="destination"/>.Length entries; <paramref name="count"/> is the number copied and
    /// <paramref name="symbol"/> the first entry's Symbol. False when the group is missing, an entry is malformed or
    /// does not fit.
    /// </summary>
    public static bool TryReadEntries(in FixMessage message, Span<MarketDataEntry> destination, out int count, out ReadOnlySpan<byte> symbol)
    {
        count = 0;
        symbol = default;
        if (!message.TryGetGroup(FixTag.NoMDEntries, out FixGroup group) || group.Count > destination.Length)
        {
            return false;
        }

        bool ok = true;
        foreach (FixGroupEntry entry in group)
        {
            if (count == 0)
            {
                symbol = entry.GetSpan(FixTag.Symbol);
            }

            ok &= MarketDataEntry.TryRead(entry, out destination[count]);
            count++;
        }

        return ok;
    }
}
