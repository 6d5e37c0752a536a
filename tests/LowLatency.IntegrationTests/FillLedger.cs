using System.Text;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages;

namespace LowLatency.IntegrationTests;

/// <summary>
/// The venues' own record of what they filled for the engine: a message log on every venue session that parses the
/// ExecutionReports the venue SENDS (35=8, ExecType F) and sums LastQty per symbol, signed by side (each venue's ExecID once,
/// so a resend after a reconnect is not counted twice). What the engine's positions must equal.
/// </summary>
internal sealed class FillLedger
{
    private readonly Dictionary<string, double> _filled = new(StringComparer.Ordinal);
    private readonly HashSet<string> _execIds = new(StringComparer.Ordinal);

    public IMessageLog For(FixSessionSettings settings) => new Log(this, settings.SessionId.SenderCompID);

    public double Filled(string symbol)
    {
        lock (_filled)
        {
            return _filled.GetValueOrDefault(symbol);
        }
    }

    public int Fills
    {
        get
        {
            lock (_filled)
            {
                return _execIds.Count;
            }
        }
    }

    private void Record(string venue, ReadOnlySpan<byte> message, FixParser parser)
    {
        if (!parser.TryParse(message, out FixMessage m) || !m.MsgType.SequenceEqual("8"u8) ||
            !m.TryGetChar(FixTag.ExecType, out char execType) || execType != 'F' ||
            !m.TryGetChar(FixTag.Side, out char side) || !m.TryGetQuantity(FixTag.LastQty, out var qty))
        {
            return;
        }

        string symbol = Encoding.ASCII.GetString(m.GetSpan(FixTag.Symbol));
        string execId = venue + "/" + Encoding.ASCII.GetString(m.GetSpan(FixTag.ExecID)); // ExecIDs are unique per venue only
        lock (_filled)
        {
            if (_execIds.Add(execId))
            {
                _filled[symbol] = _filled.GetValueOrDefault(symbol) + (side == '1' ? qty.ToDouble() : -qty.ToDouble());
            }
        }
    }

    private sealed class Log(FillLedger ledger, string venue) : IMessageLog
    {
        private readonly FixParser _parser = new();

        public long DroppedCount => 0;

        public void OnIncoming(ReadOnlySpan<byte> message)
        {
        }

        public void OnOutgoing(ReadOnlySpan<byte> message)
        {
            lock (_parser)
            {
                ledger.Record(venue, message, _parser);
            }
        }

        public void OnEvent(ReadOnlySpan<char> text)
        {
        }

        public void Dispose()
        {
        }
    }
}
