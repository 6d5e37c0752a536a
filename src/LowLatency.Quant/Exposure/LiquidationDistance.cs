namespace LowLatency.Quant.Exposure;

/// <summary>
/// How far the underlying can move before equity falls to maintenance margin, each way, as a fraction of the
/// current price and as a price. A fraction is +∞ when the move is never reached under the approximation (or,
/// downwards, would need the price to go through zero; the down price is then 0 and the up price +∞); both are
/// 0 when equity is already at or below maintenance.
/// </summary>
/// <remarks>
/// Approximation: delta-gamma P&amp;L A·x + B·x² of the moving position(s) against the account's current excess
/// equity (equity − maintenance), maintenance held at its current level; the smallest root each side.
/// </remarks>
public readonly record struct LiquidationDistance(double DownFraction, double UpFraction, double DownPrice, double UpPrice)
{
    /// <summary>The nearer of the two sides, as a fraction.</summary>
    public double NearestFraction => Math.Min(DownFraction, UpFraction);

    /// <summary>
    /// Solves A·x + B·x² = −excess for the nearest x &lt; 0 and x &gt; 0. <paramref name="price"/> NaN gives NaN
    /// prices (the account-wide uniform move has no single price).
    /// </summary>
    public static LiquidationDistance Solve(double a, double b, double excess, double price)
    {
        if (!(excess > 0))
        {
            return new LiquidationDistance(0, 0, price, price);
        }

        double down = double.PositiveInfinity;
        double up = double.PositiveInfinity;
        if (b == 0)
        {
            if (a != 0)
            {
                Consider(-excess / a, ref down, ref up);
            }
        }
        else
        {
            // B·x² + A·x + excess = 0 with the stable pair q = −½(A + sign(A)·√disc), x1 = q/B, x2 = excess/q.
            double disc = a * a - 4.0 * b * excess;
            if (disc >= 0)
            {
                double q = -0.5 * (a + (a >= 0 ? Math.Sqrt(disc) : -Math.Sqrt(disc)));
                Consider(q / b, ref down, ref up);
                if (q != 0)
                {
                    Consider(excess / q, ref down, ref up);
                }
            }
        }

        if (down >= 1)
        {
            down = double.PositiveInfinity;
        }

        return new LiquidationDistance(down, up, double.IsInfinity(down) ? 0 * price : price * (1 - down), price * (1 + up));
    }

    private static void Consider(double x, ref double down, ref double up)
    {
        if (x < 0)
        {
            down = Math.Min(down, -x);
        }
        else if (x > 0)
        {
            up = Math.Min(up, x);
        }
    }
}
