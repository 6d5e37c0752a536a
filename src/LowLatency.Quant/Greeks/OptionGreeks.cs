namespace LowLatency.Quant.Greeks;

/// <summary>
/// Price and first-order sensitivities of one European option on one unit of underlying (multiply by
/// quantity × multiplier for a position).
/// </summary>
/// <remarks>
/// Units: <see cref="Delta"/> ∂V/∂S (∂V/∂F for Black-76); <see cref="Gamma"/> ∂²V/∂S²;
/// <see cref="Vega"/> ∂V/∂σ per 1.00 of volatility (divide by 100 for a vol point);
/// <see cref="Theta"/> −∂V/∂T per year (divide by 365 for a calendar day);
/// <see cref="Rho"/> ∂V/∂r per 1.00 of rate, dividend yield held fixed (Black-76: F held fixed, so −T·V).
/// </remarks>
public readonly record struct OptionGreeks(double Price, double Delta, double Gamma, double Vega, double Theta, double Rho);
