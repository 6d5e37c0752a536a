using System.Runtime.CompilerServices;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// The per-position margin rules of <see cref="MarginParameters"/> in scalar form: the reference for the
/// vectorised range kernel and the documentation of the model.
/// </summary>
/// <remarks>
/// Option scenario loss, position size qm = quantity × multiplier, spot S, per-unit greeks Δ, Γ, V, price P.
/// Under a relative move x the delta-gamma P&amp;L is A·x + B·x² with A = qm·Δ·S, B = ½·qm·Γ·S². Its worst value
/// over x ∈ [−R, R] is exact in closed form: the interior maximum A²/(4B) when B &gt; 0 and |A| ≤ 2BR, else the
/// worse end point |A|·R − B·R². The volatility scenario adds |qm·V|·ΔσScan (the two are separable, so the
/// combined grid's worst corner is the sum). Loss ≥ 0; long options: ≤ qm·P; short options: ≥ min%·|qm|·S.
/// The delta-gamma approximation is what makes this O(1) per option on every tick; a full-revaluation grid
/// belongs off the hot path (the analytics thread can run one with <c>OptionPricer</c>).
/// </remarks>
public static class MarginModel
{
    /// <summary>Initial margin of one option position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double OptionInitialMargin(double qm, double price, double delta, double gamma, double vega, double spot, in MarginScenario p)
    {
        double a = qm * delta * spot;
        double b = 0.5 * qm * gamma * spot * spot;
        double endpoint = Math.Abs(a) * p.ScanRange - b * p.ScanRange * p.ScanRange;
        double interior = a * a / (4.0 * Math.Max(b, 1e-300));
        double priceLoss = b > 0 && Math.Abs(a) <= 2.0 * b * p.ScanRange ? interior : endpoint;
        double loss = Math.Max(priceLoss + Math.Abs(qm * vega) * p.VolShift, 0.0);
        return qm > 0 ? Math.Min(loss, qm * price) : Math.Max(loss, p.ShortOptionMinimum * Math.Abs(qm) * spot);
    }

    /// <summary>Initial or maintenance margin of one linear position at the given rate of notional.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LinearMargin(double qm, double spot, double rate) => rate * Math.Abs(qm) * spot;
}
