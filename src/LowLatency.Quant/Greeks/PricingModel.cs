namespace LowLatency.Quant.Greeks;

/// <summary>Which closed form prices a European option: on spot with a dividend/carry yield, or on a future.</summary>
public enum PricingModel : byte
{
    /// <summary>
    /// Black–Scholes–Merton on spot S with continuous dividend (or foreign-rate) yield q: carry b = r − q. For a
    /// cost of carry b given directly (commodities, Haug's generalised form), pass q = r − b.
    /// </summary>
    BlackScholesMerton = 0,

    /// <summary>Black-76 on a futures price F (carry b = 0); delta is ∂V/∂F and rho is −T·V (F held fixed).</summary>
    Black76 = 1,
}
