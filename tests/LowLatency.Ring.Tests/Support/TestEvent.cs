namespace LowLatency.Ring.Tests.Support;

/// <summary>A value event like the pipeline's: payload plus fields later stages annotate in place.</summary>
public struct TestEvent
{
    public long Value;
    public int Producer;
    public long Counter;
    public long StageA;
    public long StageB;
}
