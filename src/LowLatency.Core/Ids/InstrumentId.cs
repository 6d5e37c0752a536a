namespace LowLatency.Core.Ids;

/// <summary>Dense instrument index: a small value type so per-instrument state lives in arrays, not dictionaries.</summary>
public readonly record struct InstrumentId(int Value)
{
    public override string ToString() => $"I{Value}";
}
