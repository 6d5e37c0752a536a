using System.Diagnostics.CodeAnalysis;
using System.Text;
using LowLatency.Core;
using LowLatency.Core.Ids;

namespace LowLatency.Venue.Matching;

/// <summary>
/// Symbol(55) bytes → instrument, without allocating: the gateway looks up the raw field bytes of every
/// order and market-data request. Open addressing over a small power-of-two table, built once.
/// </summary>
public sealed class SymbolIndex
{
    private readonly byte[][] _symbols;
    private readonly InstrumentId[] _ids;
    private readonly int[] _table;
    private readonly int _mask;

    public SymbolIndex(IReadOnlyList<(string Symbol, InstrumentId Id)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _symbols = new byte[entries.Count][];
        _ids = new InstrumentId[entries.Count];
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, entries.Count * 4));
        _table = new int[size];
        Array.Fill(_table, -1);
        _mask = size - 1;
        for (int i = 0; i < entries.Count; i++)
        {
            (string symbol, InstrumentId id) = entries[i];
            if (string.IsNullOrEmpty(symbol))
            {
                ThrowHelper.ThrowArgument(nameof(entries), $"entry {i}: symbol is empty");
            }

            byte[] bytes = Encoding.UTF8.GetBytes(symbol);
            if (Find(bytes) >= 0)
            {
                ThrowHelper.ThrowArgument(nameof(entries), $"symbol '{symbol}' appears twice");
            }

            _symbols[i] = bytes;
            _ids[i] = id;
            int slot = (int)Hash(bytes) & _mask;
            while (_table[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = i;
        }
    }

    public int Count => _symbols.Length;

    public bool TryGetInstrument(ReadOnlySpan<byte> symbolUtf8, out InstrumentId instrument)
    {
        int index = Find(symbolUtf8);
        if (index < 0)
        {
            instrument = default;
            return false;
        }

        instrument = _ids[index];
        return true;
    }

    /// <summary>For configuration and tests (allocates a small buffer only for symbols over 64 bytes).</summary>
    public bool TryGetInstrument(string symbol, out InstrumentId instrument)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        Span<byte> buffer = symbol.Length <= 64 ? stackalloc byte[256] : new byte[Encoding.UTF8.GetMaxByteCount(symbol.Length)];
        int written = Encoding.UTF8.GetBytes(symbol, buffer);
        return TryGetInstrument(buffer[..written], out instrument);
    }

    /// <summary>The symbol of <paramref name="instrument"/>, as UTF-8 bytes for writing Symbol(55).</summary>
    public bool TryGetSymbol(InstrumentId instrument, [NotNullWhen(true)] out byte[]? symbolUtf8)
    {
        for (int i = 0; i < _ids.Length; i++)
        {
            if (_ids[i] == instrument)
            {
                symbolUtf8 = _symbols[i];
                return true;
            }
        }

        symbolUtf8 = null;
        return false;
    }

    private int Find(ReadOnlySpan<byte> symbol)
    {
        int slot = (int)Hash(symbol) & _mask;
        while (true)
        {
            int index = _table[slot];
            if (index < 0)
            {
                return -1;
            }

            if (_symbols[index] is { } candidate && symbol.SequenceEqual(candidate))
            {
                return index;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>FNV-1a: symbols are short, so a byte loop beats anything vectorised.</summary>
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (byte b in bytes)
        {
            h = (h ^ b) * 16777619;
        }

        return h;
    }
}
