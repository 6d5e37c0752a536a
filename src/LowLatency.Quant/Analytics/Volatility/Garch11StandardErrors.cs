namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// Asymptotic standard errors of a GARCH(1,1) estimate (square roots of the diagonal of the inverse
/// Hessian of −log L). NaN when the Hessian is not positive definite, i.e. the estimate sits on a
/// boundary such as α ≈ 0 where the usual asymptotics do not hold.
/// </summary>
public readonly record struct Garch11StandardErrors(double Omega, double Alpha, double Beta);
