using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;

namespace LowLatency.Execution.Instruments;

/// <summary>
/// The tradable instruments as a dense array (index 0..Count-1) with O(1) lookup by <see cref="InstrumentId"/>
/// (direct array) and by wire symbol (open-addressed hash, no allocation). Immutable after construction, so the
/// market-data reader threads and the decision thread may share one.
/// </summary>
public sealed class InstrumentTable
{
    private readonly InstrumentInfo[] _items;
    private readonly int[] _byId;
    private readonly int[] _symbolSlots;
    private readonly int _symbolMask;

    public InstrumentTable(IReadOnlyList<InstrumentSettings> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        _items = new InstrumentInfo[instruments.Count];
        int maxId = 0;
        foreach (InstrumentSettings s in instruments)
        {
            maxId = Math.Max(maxId, s.Instrument.Id.Value);
        }

        _byId = new int[maxId + 1];
        Array.Fill(_byId, -1);
        int slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, instruments.Count * 4));
        _symbolSlots = new int[slots];
        Array.Fill(_symbolSlots, -1);
        _symbolMask = slots - 1;
        for (int i = 0; i < instruments.Count; i++)
        {
            InstrumentSettings s = instruments[i];
            var instrument = s.Instrument;
            int qs = instrument.QuantityScale;
            int ps = instrument.PriceScale;
            long lot = instrument.LotSize.Mantissa;
            long min = s.MinOrderQuantity.Mantissa > 0 ? s.MinOrderQuantity.Rescale(qs).Mantissa : lot;
            _items[i] = new InstrumentInfo(
                instrument.Id,
                Encoding.ASCII.GetBytes(instrument.Symbol),
                ps,
                qs,
                instrument.TickSize.Mantissa,
                lot,
                min,
                s.MaxOrderQuantity.Rescale(qs).Mantissa,
                s.MaxPosition.Rescale(qs).Mantissa,
                s.MaxOrderNotional,
                s.PriceCollarBps,
                instrument.Multiplier);
            if (_byId[instrument.Id.Value] >= 0)
            {
                Core.ThrowHelper.ThrowArgument(nameof(instruments), $"instrument id {instrument.Id.Value} is listed twice");
            }

            _byId[instrument.Id.Value] = i;
            AddSymbol(i);
        }
    }

    public int Count => _items.Length;

    /// <summary>The instrument at a dense index.</summary>
    public ref readonly InstrumentInfo this[int index] => ref _items[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetIndex(InstrumentId id, out int index)
    {
        int[] byId = _byId;
        if ((uint)id.Value < (uint)byId.Length)
        {
            index = byId[id.Value];
            return index >= 0;
        }

        index = -1;
        return false;
    }

    /// <summary>Looks a wire Symbol(55) up without allocating.</summary>
    public bool TryGetIndex(ReadOnlySpan<byte> symbol, out int index)
    {
        int slot = (int)AsciiHash.Hash(symbol) & _symbolMask;
        while (true)
        {
            int candidate = _symbolSlots[slot];
            if (candidate < 0)
            {
                index = -1;
                return false;
            }

            if (symbol.SequenceEqual(_items[candidate].SymbolBytes))
            {
                index = candidate;
                return true;
            }

            slot = (slot + 1) & _symbolMask;
        }
    }

    /// <summary>Converts a wire price to the instrument's scale exactly; false when it has more decimals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPriceMantissa(int index, Price price, out long mantissa)
    {
        int scale = _items[index].PriceScale;
        if (price.Scale == scale)
        {
            mantissa = price.Mantissa;
            return true;
        }

        bool ok = price.TryRescale(scale, out Price rescaled);
        mantissa = rescaled.Mantissa;
        return ok;
    }

    /// <summary>Converts a wire quantity to the instrument's scale exactly; false when it has more decimals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryQuantityMantissa(int index, Quantity quantity, out long mantissa)
    {
        int scale = _items[index].QuantityScale;
        if (quantity.Scale == scale)
        {
            mantissa = quantity.Mantissa;
            return true;
        }

        bool ok = quantity.TryRescale(scale, out Quantity rescaled);
        mantissa = rescaled.Mantissa;
        return ok;
    }

    private void AddSymbol(int index)
    {
        int slot = (int)AsciiHash.Hash(_items[index].SymbolBytes) & _symbolMask;
        while (_symbolSlots[slot] >= 0)
        {
            if (_items[_symbolSlots[slot]].SymbolBytes.AsSpan().SequenceEqual(_items[index].SymbolBytes))
            {
                Core.ThrowHelper.ThrowArgument("instruments", $"symbol {Encoding.ASCII.GetString(_items[index].SymbolBytes)} is listed twice");
            }

            slot = (slot + 1) & _symbolMask;
        }

        _symbolSlots[slot] = index;
    }
}
