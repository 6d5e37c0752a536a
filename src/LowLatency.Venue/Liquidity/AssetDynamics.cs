namespace LowLatency.Venue.Liquidity;

/// <summary>
/// Parameters of one asset in <see cref="CorrelatedGbm"/>: geometric Brownian motion with Merton jumps.
/// All rates are annualised; jump sizes are in log space (a jump multiplies the price by e^J, J ~ N(mean, vol²)).
/// </summary>
/// <param name="InitialPrice">Price at time 0 (positive).</param>
/// <param name="Drift">μ: E[S_t] = S_0·e^{μt}, jumps included (the jump compensator keeps it so).</param>
/// <param name="Volatility">σ of the diffusion part.</param>
/// <param name="JumpIntensity">λ: expected jumps per year.</param>
/// <param name="JumpMean">Mean of the log jump size.</param>
/// <param name="JumpVolatility">Standard deviation of the log jump size.</param>
public readonly record struct AssetDynamics(
    double InitialPrice,
    double Drift,
    double Volatility,
    double JumpIntensity = 0,
    double JumpMean = 0,
    double JumpVolatility = 0);
