using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Model.Orders;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Gateway.Support;

/// <summary>
/// A market-data subscriber over FIX: decodes 35=W and 35=X with the FIX layer's own decoders (the ones the trading
/// engine's mapper uses) and applies them to a <see cref="BookReplica"/> per symbol, checking that MDEntryID — the
/// per-instrument sequence — never skips. Thread-safe: the client's reader thread applies, the test thread reads.
/// </summary>
internal sealed class FixBookSubscriber
{
    private readonly Dictionary<string, Book> _books = new(StringComparer.Ordinal);
    private readonly MarketDataEntry[] _entries = new MarketDataEntry[4096];

    public FixBookSubscriber(params string[] symbols)
    {
        for (int i = 0; i < symbols.Length; i++)
        {
            _books[symbols[i]] = new Book(new BookReplica(new InstrumentId(i)));
        }
    }

    /// <summary>Problems seen (gaps, undecodable messages, inconsistent entries); empty when all is well.</summary>
    public List<string> Problems { get; } = new();

    /// <summary>Most levels one side of a replica ever held (a depth-N subscriber must never exceed N).</summary>
    public int MaxLevelsSeen { get; private set; }

    public int Incrementals { get; private set; }

    public void OnMessage(in FixMessage message)
    {
        lock (_books)
        {
            if (message.IsMsgType(FixMsgType.MarketDataSnapshotFullRefresh))
            {
                OnSnapshot(in message);
            }
            else if (message.IsMsgType(FixMsgType.MarketDataIncrementalRefresh))
            {
                OnIncremental(in message);
            }
        }
    }

    /// <summary>The replica's levels of one side, best first, as (price, size, orders).</summary>
    public (Price Price, Quantity Size, int Orders)[] Levels(string symbol, Side side)
    {
        lock (_books)
        {
            BookReplica replica = _books[symbol].Replica;
            var levels = new (Price, Quantity, int)[replica.LevelCount(side)];
            for (int i = 0; i < levels.Length; i++)
            {
                BookLevel level = replica.GetLevel(side, i);
                levels[i] = (level.Price, level.Size, level.OrderCount);
            }

            return levels;
        }
    }

    public bool IsSynchronized(string symbol)
    {
        lock (_books)
        {
            return _books[symbol].Replica.IsSynchronized;
        }
    }

    private void OnSnapshot(in FixMessage message)
    {
        if (!MarketDataSnapshotFullRefresh.TryRead(in message, _entries, out MarketDataSnapshotFullRefresh snapshot, out int count))
        {
            Problems.Add("undecodable 35=W");
            return;
        }

        if (!_books.TryGetValue(Encoding.ASCII.GetString(snapshot.Symbol), out Book? book))
        {
            return;
        }

        var bids = new List<BookLevel>();
        var asks = new List<BookLevel>();
        for (int i = 0; i < count; i++)
        {
            MarketDataEntry e = _entries[i];
            (e.EntryType == '0' ? bids : asks).Add(new BookLevel(e.Price!.Value, e.Size!.Value, e.NumberOfOrders));
        }

        // A 35=W carries no sequence in FIX 4.4: the next 35=X on this ordered session continues from it, so the
        // levels apply now and the sequence is set from that next entry.
        book.Snapshot = (bids.ToArray(), asks.ToArray());
        book.Replica.ApplySnapshot(0, book.Snapshot.Value.Bids, book.Snapshot.Value.Asks);
        MaxLevelsSeen = Math.Max(MaxLevelsSeen, Math.Max(bids.Count, asks.Count));
    }

    private void OnIncremental(in FixMessage message)
    {
        Incrementals++;
        if (!message.TryGetGroup(FixTag.NoMDEntries, out FixGroup group))
        {
            Problems.Add("35=X without entries");
            return;
        }

        foreach (FixGroupEntry entry in group)
        {
            if (!MarketDataEntry.TryRead(entry, out MarketDataEntry e) || !entry.TryGetLong(FixTag.MDEntryID, out long sequence))
            {
                Problems.Add("undecodable 35=X entry");
                continue;
            }

            if (!_books.TryGetValue(Encoding.ASCII.GetString(entry.GetSpan(FixTag.Symbol)), out Book? book))
            {
                continue;
            }

            if (book.Snapshot is { } snapshot)
            {
                book.Replica.ApplySnapshot(sequence - 1, snapshot.Bids, snapshot.Asks);
                book.Snapshot = null;
            }

            bool trade = e.EntryType == '2';
            var increment = new MarketDataIncrement(
                book.Replica.Instrument,
                sequence,
                trade ? IncrementKind.Trade : IncrementKind.Level,
                e.UpdateAction switch { '0' => BookUpdateAction.New, '1' => BookUpdateAction.Change, _ => BookUpdateAction.Delete },
                e.EntryType == '1' ? Side.Sell : Side.Buy,
                e.Price!.Value,
                e.Size ?? new Quantity(0, 0),
                e.NumberOfOrders,
                0);
            ReplicaUpdateResult result = book.Replica.Apply(in increment);
            if (result != ReplicaUpdateResult.Applied)
            {
                Problems.Add($"entry {sequence} {e.UpdateAction}/{e.EntryType} {e.Price}: {result}");
            }

            MaxLevelsSeen = Math.Max(MaxLevelsSeen, Math.Max(book.Replica.LevelCount(Side.Buy), book.Replica.LevelCount(Side.Sell)));
        }
    }

    private sealed class Book(BookReplica replica)
    {
        public BookReplica Replica { get; } = replica;

        public (BookLevel[] Bids, BookLevel[] Asks)? Snapshot { get; set; }
    }
}
