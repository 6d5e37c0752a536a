using System.Runtime.CompilerServices;

namespace LowLatency.Rebalancing.Bands;

/// <summary>
/// The Whalley–Wilmott no-transaction band for delta hedging under proportional costs: the optimal hedger leaves
/// delta alone while it is within ±H of the frictionless hedge and trades to the nearest edge when it leaves,
/// with H = (3·e^{−r(T−t)}·λ·S·Γ² / (2γ))^{1/3}.
/// </summary>
/// <remarks>
/// Source: A. E. Whalley and P. Wilmott, "An asymptotic analysis of an optimal hedging model for option pricing
/// with transaction costs", Mathematical Finance 7(3), 1997, pp. 307–324 (exponential utility, small costs);
/// the same band is eq. (3.8) of V. Zakamouline, "European option pricing and hedging with both fixed and
/// proportional transaction costs", JEDC 30, 2006. Symbols, in the units this code uses:
/// <list type="bullet">
/// <item>λ — proportional cost of a trade as a fraction of notional (half spread / price + fee);</item>
/// <item>S — price of the underlying; Γ — the book's gamma in units of underlying per unit of price (Σ q·m·Γ);</item>
/// <item>γ — absolute risk aversion per unit of currency; H comes out in units of underlying.</item>
/// </list>
/// Where it comes from (and a check of the constant): inside the band the hedge error x diffuses with variance
/// rate Γ²σ²S² per unit of time; reflected at ±H it is uniform, so the risk charge is (γ/2)·σ²S²·E[x²] =
/// γσ²S²H²/6, and the trading needed to keep it inside costs λS·Γ²σ²S²/(2H) per unit of time. Minimising
/// the sum over H gives H³ = 3λSΓ²/(2γ), the formula above (σ cancels), times the discount factor. Scaling:
/// H ∝ λ^{1/3} and ∝ |Γ|^{2/3} — wider when gamma makes re-hedging expensive, narrower when trading is cheap or
/// the hedger more risk averse. For short-dated crypto books r(T−t) ≪ 1 and callers pass discount = 1.
/// </remarks>
public static class GammaAwareBand
{
    /// <summary>
    /// Half-width in units of underlying for proportional cost <paramref name="proportionalCost"/>, price
    /// <paramref name="price"/>, book gamma <paramref name="gamma"/>, absolute risk aversion
    /// <paramref name="riskAversion"/> and discount factor e^{−r(T−t)}.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double HalfWidth(double proportionalCost, double price, double gamma, double riskAversion, double discount = 1.0)
    {
        double cube = 1.5 * discount * proportionalCost * price * gamma * gamma / riskAversion;
        return cube > 0 && double.IsFinite(cube) ? Math.Cbrt(cube) : 0.0;
    }

    /// <summary>The half-width clamped into [<paramref name="min"/>, <paramref name="max"/>] (the risk limits around the asymptotic formula).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Clamped(double proportionalCost, double price, double gamma, double riskAversion, double min, double max) =>
        Math.Min(Math.Max(HalfWidth(proportionalCost, price, gamma, riskAversion), min), max);
}
