using System.Runtime.InteropServices;
using LowLatency.Execution.Instruments;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Positions;

/// <summary>
/// One position's accounting (average-cost method): exact net quantity as a mantissa, money in double. Fills that
/// add to the position move the average cost; fills against it realise (price − average) × closed quantity; a fill
/// through zero closes the old position and opens the remainder at the fill price.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct PositionState
{
    public long Net;
    public long Bought;
    public long Sold;
    public double AverageCost;
    public double Realised;
    public double Fees;
    public double BoughtNotional;
    public double SoldNotional;
    public double Mark;
    public int Fills;

    /// <summary>Applies one fill; <paramref name="price"/> in price units (not a mantissa).</summary>
    public void Apply(in InstrumentInfo info, Side side, long quantity, double price, double fee)
    {
        long signed = side == Side.Buy ? quantity : -quantity;
        double units = info.QuantityToDouble(quantity);
        if (Net == 0 || (Net > 0) == (signed > 0))
        {
            long next = Net + signed;
            AverageCost = ((AverageCost * Math.Abs(Net)) + (price * quantity)) / Math.Abs(next);
            Net = next;
        }
        else
        {
            long closing = Math.Min(Math.Abs(Net), quantity);
            double direction = Net > 0 ? 1.0 : -1.0;
            Realised += (price - AverageCost) * info.QuantityToDouble(closing) * info.Multiplier * direction;
            long next = Net + signed;
            if (next == 0)
            {
                AverageCost = 0;
            }
            else if ((next > 0) != (Net > 0))
            {
                AverageCost = price;
            }

            Net = next;
        }

        if (side == Side.Buy)
        {
            Bought += quantity;
            BoughtNotional += price * units * info.Multiplier;
        }
        else
        {
            Sold += quantity;
            SoldNotional += price * units * info.Multiplier;
        }

        Fees += fee;
        Fills++;
    }

    /// <summary>(mark − average cost) × net × contract value; 0 when flat or unmarked.</summary>
    public readonly double Unrealised(in InstrumentInfo info) =>
        Net == 0 || Mark == 0 ? 0 : (Mark - AverageCost) * info.QuantityToDouble(Net) * info.Multiplier;
}
