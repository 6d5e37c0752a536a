using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>
/// MarketDataRequest (35=V) for one instrument: subscription type, depth, and the entry types wanted as bytes
/// (e.g. <c>"01"u8</c> for bid and offer). Requests naming several symbols are read through the 146 group.
/// </summary>
public ref struct MarketDataRequest : IFixMessageBody
{
    public ReadOnlySpan<byte> MdReqId;
    public char SubscriptionRequestType;
    public int MarketDepth;

    /// <summary>MDUpdateType (265); negative = not sent.</summary>
    public int MdUpdateType;
    public ReadOnlySpan<byte> EntryTypes;
    public ReadOnlySpan<byte> Symbol;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.MarketDataRequest;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteString(FixTag.MDReqID, MdReqId);
        writer.WriteChar(FixTag.SubscriptionRequestType, SubscriptionRequestType);
        writer.WriteInt(FixTag.MarketDepth, MarketDepth);
        OrderFields.WriteOptional(ref writer, FixTag.MDUpdateType, MdUpdateType);
        writer.WriteInt(FixTag.NoMDEntryTypes, EntryTypes.Length);
        foreach (byte type in EntryTypes)
        {
            writer.WriteChar(FixTag.MDEntryType, (char)type);
        }

        writer.WriteInt(FixTag.NoRelatedSym, 1);
        writer.WriteString(FixTag.Symbol, Symbol);
    }

    /// <summary>Reads the request; <paramref name="entryTypes"/> receives the MDEntryType chars (false if they do not fit).</summary>
    public static bool TryRead(in FixMessage message, Span<byte> entryTypes, out MarketDataRequest value)
    {
        value = new MarketDataRequest
        {
            MdReqId = message.GetSpan(FixTag.MDReqID),
            MdUpdateType = message.TryGetInt(FixTag.MDUpdateType, out int updateType) ? updateType : -1,
        };
        bool ok = message.TryGetChar(FixTag.SubscriptionRequestType, out value.SubscriptionRequestType) &
                  message.TryGetInt(FixTag.MarketDepth, out value.MarketDepth);
        int types = 0;
        if (message.TryGetGroup(FixTag.NoMDEntryTypes, out FixGroup typeGroup))
        {
            foreach (FixGroupEntry entry in typeGroup)
            {
                if (types == entryTypes.Length || !entry.TryGetChar(FixTag.MDEntryType, out char type))
                {
                    return false;
                }

                entryTypes[types++] = (byte)type;
            }
        }

        value.EntryTypes = entryTypes[..types];
        if (message.TryGetGroup(FixTag.NoRelatedSym, out FixGroup symbols) && symbols.Count > 0)
        {
            value.Symbol = symbols[0].GetSpan(FixTag.Symbol);
        }

        return ok && !value.MdReqId.IsEmpty && message.IsMsgType(FixMsgType.MarketDataRequest);
    }
}
