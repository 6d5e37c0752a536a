using System.Runtime.CompilerServices;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// Collects the level updates and trades of one command into a reusable array (grows on the rare path
/// only), so the publisher hands one contiguous batch to the encoder per command.
/// </summary>
public sealed class IncrementalBatcher
{
    private MarketDataIncrement[] _entries;
    private int _count;

    public IncrementalBatcher(int initialCapacity = 64)
    {
        _entries = new MarketDataIncrement[Math.Max(4, initialCapacity)];
    }

    public int Count => _count;

    public ReadOnlySpan<MarketDataIncrement> Pending => new(_entries, 0, _count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in BookLevelUpdate update) => Slot() = MarketDataIncrement.FromLevel(in update);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in TradeReport trade) => Slot() = MarketDataIncrement.FromTrade(in trade);

    public void Clear() => _count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref MarketDataIncrement Slot()
    {
        if (_count == _entries.Length)
        {
            Grow();
        }

        return ref _entries[_count++];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _entries, _entries.Length * 2);
}
