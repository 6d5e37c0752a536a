using LowLatency.Model.Orders;
using LowLatency.Quant.Greeks;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

// Restart: rebuild positions from the journal before the stage starts.
public sealed partial class DecisionCore
{
    /// <summary>
    /// Replays journalled fills and collateral moves, in order, into the execution position book (the same
    /// <c>PositionBook.Apply</c> the live path uses) and the risk book and projected positions
    /// (<c>RebalancingEngine.ApplyFill</c>, fees and collateral to cash), so a restarted engine holds exactly the
    /// positions and cash of the run that wrote the journal. Call before the pipeline starts (owner thread).
    /// Returns the number of fills applied; a fill the books refuse is an error (the configuration changed under it).
    /// </summary>
    public int Replay(JournalHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        int fills = 0;
        foreach (JournalEntry entry in history.ToReplay)
        {
            if (entry.Type == JournalRecordType.Collateral)
            {
                _rb.OnCollateralTransfer(entry.Collateral.Amount, succeeded: true);
                continue;
            }

            var fill = entry.Fill;
            double quantity = fill.Quantity.ToDouble();
            if (!Engine.Positions.Apply(in fill) ||
                _rb.ApplyFill(fill.Instrument, fill.Side == Side.Buy ? quantity : -quantity, fill.Price.ToDouble()) != RiskInputError.None)
            {
                throw new JournalCorruptException(history.Contents.Path, entry.Offset, fills,
                    $"fill {fill.Sequence} of instrument {fill.Instrument.Value} on venue {fill.Venue.Value} does not fit the configured instruments and venues");
            }

            if (fill.Fee != 0)
            {
                _book.AdjustCash(-fill.Fee);
            }

            _counters.Increment(ServerCounter.FillsApplied);
            fills++;
        }

        return fills;
    }
}
