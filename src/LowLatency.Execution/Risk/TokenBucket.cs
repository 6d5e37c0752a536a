using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Risk;

/// <summary>
/// Order-rate throttle: a token bucket in exact integer arithmetic (one token = 10^9 units, refill = elapsed ns ×
/// rate per second units), time passed in, so a test can step to the exact nanosecond a token becomes available.
/// </summary>
internal struct TokenBucket
{
    private const long UnitsPerToken = 1_000_000_000;

    private long _units;
    private long _capacity;
    private long _ratePerSecond;
    private long _lastNs;
    private bool _started;

    public TokenBucket(int ratePerSecond, int burst)
    {
        _ratePerSecond = ratePerSecond;
        _capacity = burst * UnitsPerToken;
        _units = _capacity;
    }

    /// <summary>Whole tokens available now (for the dashboard and tests).</summary>
    public long Tokens(long nowNs)
    {
        Refill(nowNs);
        return _units / UnitsPerToken;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasToken(long nowNs)
    {
        Refill(nowNs);
        return _units >= UnitsPerToken;
    }

    /// <summary>Takes one token; call only after <see cref="HasToken"/> returned true for the same time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Take() => _units -= UnitsPerToken;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Refill(long nowNs)
    {
        if (!_started)
        {
            _started = true;
            _lastNs = nowNs;
            return;
        }

        long elapsed = nowNs - _lastNs;
        if (elapsed <= 0)
        {
            return;
        }

        _lastNs = nowNs;
        long missing = _capacity - _units;
        if (missing <= 0)
        {
            return;
        }

        // Compare before multiplying so a long quiet period cannot overflow elapsed × rate.
        _units = elapsed >= (missing / _ratePerSecond) + 1 ? _capacity : _units + (elapsed * _ratePerSecond);
        if (_units > _capacity)
        {
            _units = _capacity;
        }
    }
}
