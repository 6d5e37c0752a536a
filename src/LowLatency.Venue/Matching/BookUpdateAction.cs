namespace LowLatency.Venue.Matching;

/// <summary>What happened to a price level (FIX MDUpdateAction(279): 0 new, 1 change, 2 delete).</summary>
public enum BookUpdateAction : byte
{
    New = 0,
    Change = 1,
    Delete = 2,
}
