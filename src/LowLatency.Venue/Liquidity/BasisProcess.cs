using MathNet.Numerics.Distributions;

namespace LowLatency.Venue.Liquidity;

/// <summary>
/// The log basis of a follower to its driver (perpetual or future vs spot) as an Ornstein-Uhlenbeck process, stepped
/// exactly: b ← μ + (b − μ)·e^(−κΔt) + s·√(1 − e^(−2κΔt))·z with z ~ N(0, 1) (MathNet), κ = ln 2 / half-life and s the
/// stationary standard deviation. Mean-reverting, so the family moves together and the basis stays small.
/// </summary>
internal sealed class BasisProcess
{
    private readonly double _mean;
    private readonly double _stationaryStd;
    private readonly double _kappa;
    private readonly System.Random _random;

    /// <param name="initial">Log basis at time 0 (from the configured starting prices).</param>
    /// <param name="meanFraction">Long-run basis as a fraction of the driver's price.</param>
    /// <param name="stationaryStd">Standard deviation of the log basis around its mean.</param>
    /// <param name="halfLifeSeconds">Half-life of deviations, simulated seconds.</param>
    /// <param name="random">Seeded source (shared by the venue's basis processes).</param>
    public BasisProcess(double initial, double meanFraction, double stationaryStd, double halfLifeSeconds, System.Random random)
    {
        Value = initial;
        _mean = Math.Log(1 + meanFraction);
        _stationaryStd = stationaryStd;
        _kappa = Math.Log(2) / halfLifeSeconds;
        _random = random;
    }

    /// <summary>Current log basis: price = driver × e^Value.</summary>
    public double Value { get; private set; }

    public void Step(double dtSeconds)
    {
        double decay = Math.Exp(-_kappa * dtSeconds);
        double noise = _stationaryStd > 0 ? _stationaryStd * Math.Sqrt(1 - (decay * decay)) * Normal.Sample(_random, 0.0, 1.0) : 0;
        Value = _mean + ((Value - _mean) * decay) + noise;
    }
}
