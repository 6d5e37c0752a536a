using System.Runtime.InteropServices;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// Per-venue market-data health kept by stage 1' (its only writer): updates seen, the venue's last MsgSeqNum and
/// gaps in it, and the last update time, each venue on its own 128-byte block; the dashboard and /metrics read
/// them with Volatile (the writer publishes with Volatile writes: release).
/// </summary>
public sealed class MarketDataState
{
    private readonly VenueBlock[] _venues;

    public MarketDataState(int venues) => _venues = new VenueBlock[venues];

    public int VenueCount => _venues.Length;

    public long Updates(int venue) => Volatile.Read(ref _venues[venue].Updates);

    /// <summary>Updates whose MsgSeqNum skipped numbers (the session resends them, so the book is rebuilt; counted for visibility).</summary>
    public long SequenceGaps(int venue) => Volatile.Read(ref _venues[venue].Gaps);

    /// <summary>Monotonic ns of the venue's last market-data update (0: none yet).</summary>
    public long LastUpdateNs(int venue) => Volatile.Read(ref _venues[venue].LastNs);

    internal void Record(int venue, long sequence, long receiveNs)
    {
        ref VenueBlock v = ref _venues[venue];
        if (v.LastSequence != 0 && sequence > v.LastSequence + 1)
        {
            Volatile.Write(ref v.Gaps, v.Gaps + 1);
        }

        v.LastSequence = sequence;
        Volatile.Write(ref v.LastNs, receiveNs);
        Volatile.Write(ref v.Updates, v.Updates + 1);
    }

    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct VenueBlock
    {
        [FieldOffset(0)]
        public long Updates;

        [FieldOffset(8)]
        public long Gaps;

        [FieldOffset(16)]
        public long LastNs;

        [FieldOffset(24)]
        public long LastSequence;
    }
}
