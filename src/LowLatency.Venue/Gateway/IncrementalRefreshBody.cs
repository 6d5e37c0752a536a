using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Orders;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// MarketDataIncrementalRefresh (35=X) for one instrument: per entry MDUpdateAction(279), MDEntryType(269: 0 bid,
/// 1 offer, 2 trade), MDEntryID(278) = the entry's per-instrument sequence, Symbol(55), MDEntryPx(270),
/// MDEntrySize(271; absent on delete) and NumberOfOrders(346) for levels. Entries the subscriber did not ask for
/// (book or trades) are left out.
/// </summary>
/// <remarks>
/// Why MDEntryID and not RptSeq(83): FIX 4.4's MDIncGrp has no RptSeq (it came with FIX 5.0), and our FIX 4.4
/// dictionary — like QuickFIX's — rejects a field its message does not define (35=3, 373=2), so a counterparty
/// would throw every 35=X away. MDEntryID is in the 4.4 group and unique per entry, so the per-instrument sequence
/// travels there; the session's own MsgSeqNum already guarantees gap-free, in-order delivery.
/// </remarks>
internal readonly ref struct IncrementalRefreshBody : IFixMessageBody
{
    private readonly ReadOnlySpan<byte> _mdReqId;
    private readonly ReadOnlySpan<byte> _symbol;
    private readonly ReadOnlySpan<MarketDataIncrement> _entries;
    private readonly byte _entryTypes;

    public IncrementalRefreshBody(ReadOnlySpan<byte> mdReqId, ReadOnlySpan<byte> symbol, ReadOnlySpan<MarketDataIncrement> entries, byte entryTypes)
    {
        _mdReqId = mdReqId;
        _symbol = symbol;
        _entries = entries;
        _entryTypes = entryTypes;
    }

    public ReadOnlySpan<byte> MsgType => FixMsgType.MarketDataIncrementalRefresh;

    /// <summary>How many of <paramref name="entries"/> a subscriber asking for <paramref name="entryTypes"/> gets.</summary>
    public static int CountFor(ReadOnlySpan<MarketDataIncrement> entries, byte entryTypes)
    {
        if (entryTypes == EntryTypeFlags.All)
        {
            return entries.Length;
        }

        int count = 0;
        foreach (ref readonly MarketDataIncrement entry in entries)
        {
            count += Wanted(in entry, entryTypes) ? 1 : 0;
        }

        return count;
    }

    public void WriteBody(ref FixMessageWriter writer)
    {
        if (!_mdReqId.IsEmpty)
        {
            writer.WriteString(FixTag.MDReqID, _mdReqId);
        }

        writer.WriteInt(FixTag.NoMDEntries, CountFor(_entries, _entryTypes));
        foreach (ref readonly MarketDataIncrement entry in _entries)
        {
            if (!Wanted(in entry, _entryTypes))
            {
                continue;
            }

            bool trade = entry.Kind == IncrementKind.Trade;
            bool delete = !trade && entry.Action == BookUpdateAction.Delete;
            writer.WriteChar(FixTag.MDUpdateAction, trade ? FixMDUpdateAction.New : FixCodes.ToFix(entry.Action));
            writer.WriteChar(FixTag.MDEntryType, trade ? FixMDEntryType.Trade : entry.Side == Side.Buy ? FixMDEntryType.Bid : FixMDEntryType.Offer);
            writer.WriteLong(FixTag.MDEntryID, entry.Sequence);
            writer.WriteString(FixTag.Symbol, _symbol);
            writer.WritePrice(FixTag.MDEntryPx, entry.Price);
            if (!delete)
            {
                writer.WriteQuantity(FixTag.MDEntrySize, entry.Size);
            }

            if (!trade && !delete)
            {
                writer.WriteInt(FixTag.NumberOfOrders, entry.OrderCount);
            }
        }
    }

    private static bool Wanted(in MarketDataIncrement entry, byte entryTypes) =>
        (entryTypes & (entry.Kind == IncrementKind.Trade ? EntryTypeFlags.Trades : EntryTypeFlags.Book)) != 0;
}
