namespace LowLatency.Venue.Matching;

/// <summary>Which request a cancel reject answers (FIX CxlRejResponseTo(434): 1 cancel, 2 replace).</summary>
public enum CancelRejectResponseTo : byte
{
    Cancel = 1,
    Replace = 2,
}
