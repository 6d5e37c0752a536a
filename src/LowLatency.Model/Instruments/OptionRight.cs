namespace LowLatency.Model.Instruments;

/// <summary>Call or put.</summary>
public enum OptionRight : byte
{
    Call = 0,
    Put = 1,
}
