namespace LowLatency.Core.Agents;

/// <summary>
/// Spin, then yield, then park with a doubling sleep: wakes fast after a short gap, costs nothing
/// when the loop is idle for long. The default for shared machines and CI.
/// </summary>
public struct BackoffIdleStrategy : IIdleStrategy
{
    private readonly int _maxSpins;
    private readonly int _maxYields;
    private readonly int _minParkMs;
    private readonly int _maxParkMs;
    private int _spins;
    private int _yields;
    private int _parkMs;

    public BackoffIdleStrategy(int maxSpins, int maxYields, int minParkMs, int maxParkMs)
    {
        if (maxSpins < 0 || maxYields < 0 || minParkMs < 1 || maxParkMs < minParkMs)
        {
            ThrowHelper.ThrowArgument(nameof(maxParkMs), "need spins >= 0, yields >= 0 and 1 <= minParkMs <= maxParkMs");
        }

        _maxSpins = maxSpins;
        _maxYields = maxYields;
        _minParkMs = minParkMs;
        _maxParkMs = maxParkMs;
        _spins = 0;
        _yields = 0;
        _parkMs = minParkMs;
    }

    /// <summary>100 spins, 10 yields, then park 1 → 8 ms.</summary>
    public static BackoffIdleStrategy Default => new(100, 10, 1, 8);

    public void Idle(int workCount)
    {
        if (workCount > 0)
        {
            Reset();
            return;
        }

        if (_spins < _maxSpins)
        {
            _spins++;
            Thread.SpinWait(1);
        }
        else if (_yields < _maxYields)
        {
            _yields++;
            Thread.Yield();
        }
        else
        {
            Thread.Sleep(_parkMs);
            _parkMs = Math.Min(_parkMs * 2, _maxParkMs);
        }
    }

    public void Reset()
    {
        _spins = 0;
        _yields = 0;
        _parkMs = Math.Max(_minParkMs, 1);
    }
}
