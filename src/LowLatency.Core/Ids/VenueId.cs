namespace LowLatency.Core.Ids;

/// <summary>Dense venue index: venues are few, so routing tables are arrays indexed by it.</summary>
public readonly record struct VenueId(int Value)
{
    public override string ToString() => $"V{Value}";
}
