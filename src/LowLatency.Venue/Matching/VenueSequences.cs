namespace LowLatency.Venue.Matching;

/// <summary>
/// Venue-wide id counters shared by every book of one engine (single writer: the matching thread), so
/// OrderID, ExecID and trade ids are unique across instruments as FIX asks of ExecID.
/// </summary>
internal sealed class VenueSequences
{
    public long OrderId;
    public long ExecutionId;
    public long TradeId;
}
