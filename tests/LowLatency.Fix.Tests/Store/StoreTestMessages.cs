using System.Text;
using LowLatency.Fix.Store;

namespace LowLatency.Fix.Tests.Store;

/// <summary>FIX-looking messages and visitors for store tests (the store itself only sees bytes).</summary>
internal static class StoreTestMessages
{
    public static byte[] Message(long seqNum, int padding = 0) =>
        Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019=99\u000135=D\u000134={seqNum}\u000149=ENGINE\u000156=VENUE1\u000158={new string('x', padding)}\u000110=000\u0001");

    public static string Text(long seqNum, int padding = 0) => Encoding.ASCII.GetString(Message(seqNum, padding));

    public static List<(long SeqNum, string Text)> Visit(IMessageStore store, long begin = 1, long end = long.MaxValue, int stopAfter = 0)
    {
        var visitor = new CollectingVisitor(stopAfter);
        store.VisitRange(begin, end, ref visitor);
        return visitor.Seen;
    }
}

/// <summary>Collects copies of what the store hands out; stops after <c>stopAfter</c> messages when positive.</summary>
internal struct CollectingVisitor : IStoredMessageVisitor
{
    private readonly int _stopAfter;

    public CollectingVisitor(int stopAfter)
    {
        _stopAfter = stopAfter;
        Seen = new List<(long, string)>();
    }

    public List<(long SeqNum, string Text)> Seen { get; }

    public bool OnMessage(long seqNum, ReadOnlySpan<byte> message)
    {
        Seen.Add((seqNum, Encoding.ASCII.GetString(message)));
        return _stopAfter <= 0 || Seen.Count < _stopAfter;
    }
}

/// <summary>Allocation-free visitor for the zero-allocation test: counts and sums what it sees.</summary>
internal struct CountingVisitor : IStoredMessageVisitor
{
    public int Count;
    public long Bytes;

    public bool OnMessage(long seqNum, ReadOnlySpan<byte> message)
    {
        Count++;
        Bytes += message.Length;
        return true;
    }
}
