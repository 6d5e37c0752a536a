using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>MarketDataSnapshotFullRefresh (35=W): the whole book of one instrument; entries without UpdateAction.</summary>
public ref struct MarketDataSnapshotFullRefresh : IFixMessageBody
{
    public ReadOnlySpan<byte> MdReqId;
    public ReadOnlySpan<byte> Symbol;
    public ReadOnlySpan<MarketDataEntry> Entries;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.MarketDataSnapshotFullRefresh;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        OrderFields.WriteOptional(ref writer, FixTag.MDReqID, MdReqId);
        writer.WriteString(FixTag.Symbol, Symbol);
        writer.WriteInt(FixTag.NoMDEntries, Entries.Length);
        foreach (ref readonly MarketDataEntry entry in Entries)
        {
            MarketDataEntry snapshotEntry = entry;
            snapshotEntry.UpdateAction = '\0';
            snapshotEntry.Write(ref writer, default);
        }
    }

    /// <summary>Reads MDReqID and Symbol and copies the entries into <paramref name="destination"/>.</summary>
    public static bool TryRead(in FixMessage message, Span<MarketDataEntry> destination, out MarketDataSnapshotFullRefresh value, out int count)
    {
        value = new MarketDataSnapshotFullRefresh { MdReqId = message.GetSpan(FixTag.MDReqID), Symbol = message.GetSpan(FixTag.Symbol) };
        count = 0;
        if (!message.TryGetGroup(FixTag.NoMDEntries, out FixGroup group) || group.Count > destination.Length)
        {
            return false;
        }

        bool ok = true;
        foreach (FixGroupEntry entry in group)
        {
            ok &= MarketDataEntry.TryRead(entry, out destination[count]);
            count++;
        }

        value.Entries = destination[..count];
        return ok && message.IsMsgType(FixMsgType.MarketDataSnapshotFullRefresh);
    }
}
