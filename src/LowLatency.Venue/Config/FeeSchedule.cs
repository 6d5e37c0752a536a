using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Config;

/// <summary>
/// A venue's fees in basis points of traded notional, maker (may be negative: a rebate) and taker; they
/// differ between demo venues so routing has something to optimise. Commission goes in Commission(12).
/// </summary>
/// <param name="MakerBps">Fee on fills that added liquidity; negative for a rebate.</param>
/// <param name="TakerBps">Fee on fills that removed liquidity.</param>
public readonly record struct FeeSchedule(double MakerBps, double TakerBps)
{
    /// <summary>Largest fee or rebate accepted, in bps (10%): beyond it a value is surely a unit mistake.</summary>
    public const double MaxAbsoluteBps = 1_000;

    /// <summary>Fee for one fill in price currency (per unit of quantity × price), positive = paid to the venue.</summary>
    public double Commission(Price lastPrice, Quantity lastQuantity, LiquidityIndicator liquidity)
    {
        double bps = liquidity switch
        {
            LiquidityIndicator.Maker => MakerBps,
            LiquidityIndicator.Taker => TakerBps,
            _ => 0,
        };
        return lastPrice.ToDouble() * lastQuantity.ToDouble() * bps / 10_000.0;
    }

    internal void Validate(string where, List<string> errors)
    {
        if (!double.IsFinite(MakerBps) || Math.Abs(MakerBps) > MaxAbsoluteBps)
        {
            errors.Add($"{where}: Fees.MakerBps must be a number within ±{MaxAbsoluteBps}, got {MakerBps}");
        }

        if (!double.IsFinite(TakerBps) || Math.Abs(TakerBps) > MaxAbsoluteBps)
        {
            errors.Add($"{where}: Fees.TakerBps must be a number within ±{MaxAbsoluteBps}, got {TakerBps}");
        }
        else if (MakerBps + TakerBps < 0)
        {
            errors.Add($"{where}: Fees.MakerBps + Fees.TakerBps must not be negative (the venue would pay for every trade), got {MakerBps} + {TakerBps}");
        }
    }
}
