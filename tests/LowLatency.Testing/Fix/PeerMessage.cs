using System.Globalization;

namespace LowLatency.Testing.Fix;

/// <summary>A message the test counterparty received: raw bytes plus readable field access for assertions.</summary>
public sealed class PeerMessage
{
    private readonly List<(int Tag, string Value)> _fields = new();

    public PeerMessage(byte[] bytes)
    {
        Bytes = bytes;
        Text = FixText.ToReadable(bytes);
        foreach (string part in Text.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && int.TryParse(part.AsSpan(0, eq), NumberStyles.None, CultureInfo.InvariantCulture, out int tag))
            {
                _fields.Add((tag, part[(eq + 1)..]));
            }
        }
    }

    public byte[] Bytes { get; }

    /// <summary>The message with '|' for SOH.</summary>
    public string Text { get; }

    public string MsgType => this[35] ?? string.Empty;

    public int SeqNum => int.Parse(this[34] ?? "0", CultureInfo.InvariantCulture);

    public bool PossDup => this[43] == "Y";

    /// <summary>Value of the first occurrence of <paramref name="tag"/>, or null.</summary>
    public string? this[int tag]
    {
        get
        {
            foreach ((int t, string v) in _fields)
            {
                if (t == tag)
                {
                    return v;
                }
            }

            return null;
        }
    }

    public bool Has(int tag) => this[tag] is not null;

    public int Int(int tag) => int.Parse(this[tag] ?? throw new InvalidOperationException($"no tag {tag} in {Text}"), CultureInfo.InvariantCulture);

    /// <summary>Every (tag, value) in wire order.</summary>
    public IReadOnlyList<(int Tag, string Value)> Fields => _fields;

    public override string ToString() => Text;
}
