namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// Liquidity of one instrument for the cost model: quoted spread (price units), daily volatility (fraction
/// of price), average daily volume (units) and the square-root-law coefficient Y (order 1 empirically;
/// Tóth et al. 2011 report Y ≈ 0.5–1 across markets).
/// </summary>
public readonly record struct MarketImpactParameters(double Spread, double DailyVolatility, double DailyVolume, double ImpactCoefficient = 1.0);
