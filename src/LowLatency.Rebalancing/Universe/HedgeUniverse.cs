using LowLatency.Core;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Universe;

/// <summary>
/// Reference data of every instrument and underlying the policies see, as dense struct-of-arrays slots resolved
/// once at start-up (ids → slots, slots → risk-book indices), so the hot path indexes arrays and never probes a
/// dictionary. Instrument slots follow the configuration's order; underlying slots the order of first appearance.
/// </summary>
public sealed class HedgeUniverse
{
    private readonly Dictionary<int, int> _slotById;
    private readonly Dictionary<int, int> _underlyingSlotById;

    private HedgeUniverse(int instruments, int underlyings)
    {
        Id = new InstrumentId[instruments];
        Symbol = new string[instruments];
        Kind = new InstrumentKind[instruments];
        UnderlyingSlot = new int[instruments];
        Multiplier = new double[instruments];
        LotMantissa = new long[instruments];
        LotScale = new int[instruments];
        LotContracts = new double[instruments];
        TickMantissa = new long[instruments];
        TickScale = new int[instruments];
        TickPrice = new double[instruments];
        BookIndex = new int[instruments];
        MaxOrderLots = new long[instruments];
        UnderlyingId = new InstrumentId[underlyings];
        UnderlyingSymbol = new string[underlyings];
        BookGroup = new int[underlyings];
        _slotById = new Dictionary<int, int>(instruments);
        _underlyingSlotById = new Dictionary<int, int>(underlyings);
    }

    // Per instrument slot.
    internal readonly InstrumentId[] Id;
    internal readonly string[] Symbol;
    internal readonly InstrumentKind[] Kind;
    internal readonly int[] UnderlyingSlot;
    internal readonly double[] Multiplier;
    internal readonly long[] LotMantissa;
    internal readonly int[] LotScale;
    internal readonly double[] LotContracts; // one lot in contracts, as a double
    internal readonly long[] TickMantissa;
    internal readonly int[] TickScale;
    internal readonly double[] TickPrice;
    internal readonly int[] BookIndex;
    internal readonly long[] MaxOrderLots;

    // Per underlying slot.
    internal readonly InstrumentId[] UnderlyingId;
    internal readonly string[] UnderlyingSymbol;
    internal readonly int[] BookGroup;

    /// <summary>Number of instrument slots.</summary>
    public int InstrumentCount => Id.Length;

    /// <summary>Number of underlying slots (≤ 64).</summary>
    public int UnderlyingCount => UnderlyingId.Length;

    /// <summary>The instrument in slot <paramref name="slot"/>.</summary>
    public InstrumentId InstrumentAt(int slot) => Id[slot];

    /// <summary>The symbol of the instrument in slot <paramref name="slot"/>.</summary>
    public string SymbolAt(int slot) => Symbol[slot];

    /// <summary>The underlying in underlying slot <paramref name="slot"/>.</summary>
    public InstrumentId UnderlyingAt(int slot) => UnderlyingId[slot];

    /// <summary>Slot of an instrument (one dictionary probe: fills and order events, not the tick path).</summary>
    public bool TryGetSlot(InstrumentId instrument, out int slot) => _slotById.TryGetValue(instrument.Value, out slot);

    /// <summary>Slot of an underlying, resolved once per tick.</summary>
    public bool TryGetUnderlyingSlot(InstrumentId underlying, out int slot) => _underlyingSlotById.TryGetValue(underlying.Value, out slot);

    /// <summary>Slot of a symbol (cold path: wiring the policies).</summary>
    public int SlotOf(string symbol)
    {
        int i = Array.IndexOf(Symbol, symbol);
        if (i < 0)
        {
            ThrowHelper.ThrowArgument(nameof(symbol), $"'{symbol}' is not in the universe");
        }

        return i;
    }

    /// <summary>Underlying slot of an underlying symbol (cold path).</summary>
    public int UnderlyingSlotOf(string symbol)
    {
        int i = Array.IndexOf(UnderlyingSymbol, symbol);
        if (i < 0)
        {
            ThrowHelper.ThrowArgument(nameof(symbol), $"'{symbol}' is not an underlying of the universe");
        }

        return i;
    }

    /// <summary>Resolves a validated configuration against the risk book built from it.</summary>
    public static HedgeUniverse Create(PortfolioConfig config, PortfolioRiskBook book)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(book);
        config.EnsureValid();
        var underlyingSymbols = new List<string>();
        foreach (PortfolioInstrumentConfig c in config.Instruments)
        {
            if (!underlyingSymbols.Contains(c.Underlying))
            {
                underlyingSymbols.Add(c.Underlying);
            }
        }

        var u = new HedgeUniverse(config.Instruments.Count, underlyingSymbols.Count);
        for (int g = 0; g < underlyingSymbols.Count; g++)
        {
            var id = new InstrumentId(config.Find(underlyingSymbols[g]).Id);
            if (!book.TryGetUnderlyingIndex(id, out int group))
            {
                ThrowHelper.ThrowArgument(nameof(book), $"underlying {underlyingSymbols[g]} is not in the risk book");
            }

            u.UnderlyingId[g] = id;
            u.UnderlyingSymbol[g] = underlyingSymbols[g];
            u.BookGroup[g] = group;
            u._underlyingSlotById.Add(id.Value, g);
        }

        for (int i = 0; i < config.Instruments.Count; i++)
        {
            PortfolioInstrumentConfig c = config.Instruments[i];
            if (!book.TryGetPositionIndex(new InstrumentId(c.Id), out int position))
            {
                ThrowHelper.ThrowArgument(nameof(book), $"instrument {c.Symbol} is not in the risk book");
            }

            u.Id[i] = new InstrumentId(c.Id);
            u.Symbol[i] = c.Symbol;
            u.Kind[i] = c.Kind;
            u.UnderlyingSlot[i] = underlyingSymbols.IndexOf(c.Underlying);
            u.Multiplier[i] = c.Multiplier;
            u.LotMantissa[i] = c.LotSize.Mantissa;
            u.LotScale[i] = c.LotSize.Scale;
            u.LotContracts[i] = c.LotSize.ToDouble();
            u.TickMantissa[i] = c.TickSize.Mantissa;
            u.TickScale[i] = c.TickSize.Scale;
            u.TickPrice[i] = c.TickSize.ToDouble();
            u.BookIndex[i] = position;
            u.MaxOrderLots[i] = Math.Max(1, (long)Math.Floor(c.MaxOrderQuantity / c.LotSize.ToDouble() + 1e-9));
            u._slotById.Add(c.Id, i);
        }

        return u;
    }
}
