namespace LowLatency.Execution.Risk;

/// <summary>
/// Sliding window over the last N reject times: <see cref="Record"/> says whether N rejects now fall within the
/// window (the N-th most recent one is no older than the window). O(1), preallocated.
/// </summary>
internal sealed class RejectWindow
{
    private readonly long[] _times;
    private readonly long _windowNs;
    private int _next;
    private long _recorded;

    /// <param name="threshold">Rejects that trip; 0 disables.</param>
    /// <param name="windowNs">How close together they must be.</param>
    public RejectWindow(int threshold, long windowNs)
    {
        _times = new long[Math.Max(1, threshold)];
        _windowNs = windowNs;
        Threshold = threshold;
    }

    public int Threshold { get; }

    /// <summary>Records a reject at <paramref name="nowNs"/>; true when this makes <see cref="Threshold"/> rejects within the window.</summary>
    public bool Record(long nowNs)
    {
        if (Threshold == 0)
        {
            return false;
        }

        _times[_next] = nowNs;
        _next = _next + 1 == _times.Length ? 0 : _next + 1;
        _recorded++;

        // After the write, _times[_next] is the oldest of the last Threshold rejects.
        return _recorded >= Threshold && nowNs - _times[_next] <= _windowNs;
    }

    public void Clear()
    {
        _recorded = 0;
        _next = 0;
    }
}
