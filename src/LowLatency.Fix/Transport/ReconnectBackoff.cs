namespace LowLatency.Fix.Transport;

/// <summary>
/// The initiator's wait before the next connection attempt: ReconnectInterval after a session that logged on,
/// doubling after every attempt that failed (refused, timed out, dropped before logon), up to a cap — so a venue
/// that is down is not hammered, and one that comes back is reached within the cap.
/// </summary>
internal struct ReconnectBackoff
{
    private readonly long _initialNs;
    private readonly long _maxNs;
    private int _failures;

    public ReconnectBackoff(TimeSpan initial, TimeSpan max)
    {
        _initialNs = initial.Ticks * 100;
        _maxNs = Math.Max(_initialNs, max.Ticks * 100);
        _failures = 0;
    }

    /// <summary>Consecutive attempts that did not reach a logon.</summary>
    public readonly int Failures => _failures;

    /// <summary>A logon succeeded: the next wait is back to the initial interval.</summary>
    public void OnLoggedOn() => _failures = 0;

    /// <summary>The wait before the next attempt after a disconnect or failed attempt; counts it as a failure.</summary>
    public long NextDelayNs()
    {
        long delay = _initialNs;
        for (int i = 0; i < _failures && delay < _maxNs; i++)
        {
            delay *= 2;
        }

        _failures++;
        return Math.Min(delay, _maxNs);
    }
}
