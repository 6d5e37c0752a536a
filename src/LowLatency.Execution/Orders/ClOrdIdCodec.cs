using System.Text;
using LowLatency.Fix.Codec.Values;

namespace LowLatency.Execution.Orders;

/// <summary>
/// ClOrdID (11) = configured ASCII prefix + decimal digits of the numeric id. The number's low bits are the order's
/// table slot (see <see cref="OrderTable"/>), so a report finds its order with a parse and a mask, no hash table.
/// </summary>
internal sealed class ClOrdIdCodec
{
    /// <summary>Digits of the largest id (2^62).</summary>
    private const int MaxDigits = 19;

    private readonly byte[] _prefix;

    public ClOrdIdCodec(string prefix)
    {
        _prefix = Encoding.ASCII.GetBytes(prefix ?? "");
    }

    /// <summary>Upper bound of a formatted id: size stack buffers with it.</summary>
    public int MaxLength => _prefix.Length + MaxDigits;

    public ReadOnlySpan<byte> Prefix => _prefix;

    /// <summary>Writes the id; returns the length (0 when the destination is too small).</summary>
    public int Format(long id, Span<byte> destination)
    {
        if (destination.Length < _prefix.Length + 1)
        {
            return 0;
        }

        _prefix.CopyTo(destination);
        int digits = FixNumber.Write(id, destination[_prefix.Length..]);
        return digits == 0 ? 0 : _prefix.Length + digits;
    }

    /// <summary>False for an empty id, a foreign prefix, or anything but positive decimal digits after it.</summary>
    public bool TryParse(ReadOnlySpan<byte> text, out long id)
    {
        id = 0;
        if (text.Length <= _prefix.Length || !text.StartsWith(_prefix))
        {
            return false;
        }

        ReadOnlySpan<byte> digits = text[_prefix.Length..];
        if ((uint)(digits[0] - '0') > 9)
        {
            return false;
        }

        return FixNumber.TryParseLong(digits, out id) && id > 0;
    }
}
