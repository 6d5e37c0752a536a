using System.Runtime.CompilerServices;

namespace LowLatency.Model.MarketData;

/// <summary>
/// The top <see cref="MarketDataEvent.MaxLevels"/> levels of one side, best first, held inline (no array) so
/// the event is a flat value a ring can preallocate and copy.
/// </summary>
[InlineArray(MarketDataEvent.MaxLevels)]
public struct MarketDataLevels
{
    private MarketDataLevel _level0;
}
