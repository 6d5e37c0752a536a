namespace LowLatency.Server.Metrics;

/// <summary>
/// Hands <see cref="RiskFigures"/> from the decision thread to any number of readers with a sequence lock: the writer
/// never waits (readers retry instead), so the dashboard and /metrics can never stall the hot path, and a reader
/// never sees a half-written set of figures.
/// </summary>
/// <remarks>
/// Protocol: writer bumps the version to odd (Interlocked: full fence, so no figure write moves above it), writes,
/// bumps it to even (Interlocked: full fence, so no figure write moves below it). A reader reads the version
/// (acquire), copies, fences, re-reads the version: equal and even means the copy is consistent.
/// </remarks>
public sealed class StatsBoard
{
    private readonly RiskFigures _figures;
    private long _version;

    public StatsBoard(RiskFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _figures = figures;
    }

    /// <summary>Times the writer published (even version / 2).</summary>
    public long Publications => Volatile.Read(ref _version) >> 1;

    /// <summary>Writer only: the figures to fill between <see cref="BeginWrite"/> and <see cref="EndWrite"/>.</summary>
    public RiskFigures BeginWrite()
    {
        Interlocked.Increment(ref _version);
        return _figures;
    }

    public void EndWrite() => Interlocked.Increment(ref _version);

    /// <summary>A new reader's buffer of the right shape.</summary>
    public RiskFigures CreateReaderCopy() => _figures.CreateEmptyCopy();

    /// <summary>Copies a consistent set of figures into <paramref name="destination"/>; false if nothing was published yet.</summary>
    public bool TryRead(RiskFigures destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var spin = default(SpinWait);
        while (true)
        {
            long before = Volatile.Read(ref _version);
            if (before == 0)
            {
                return false;
            }

            if ((before & 1) == 0)
            {
                _figures.CopyTo(destination);
                Interlocked.MemoryBarrier(); // the copy's loads complete before the version is read again
                if (Volatile.Read(ref _version) == before)
                {
                    return true;
                }
            }

            spin.SpinOnce();
        }
    }
}
