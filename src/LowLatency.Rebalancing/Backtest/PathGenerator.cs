namespace LowLatency.Rebalancing.Backtest;

/// <summary>
/// Deterministic price-path shapes for scenario tests and replays: geometric Brownian motion, mean reversion,
/// gaps, crashes with recovery, and correlated pairs. Its own generator (SplitMix64 + Box–Muller), so a seed
/// gives the same path on every runtime and platform.
/// </summary>
public sealed class PathGenerator
{
    private ulong _state;
    private double _spare = double.NaN;

    public PathGenerator(ulong seed)
    {
        _state = seed;
    }

    /// <summary>Uniform in (0, 1).</summary>
    public double NextUniform()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return ((z >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary>Standard normal.</summary>
    public double NextNormal()
    {
        if (!double.IsNaN(_spare))
        {
            double s = _spare;
            _spare = double.NaN;
            return s;
        }

        double r = Math.Sqrt(-2.0 * Math.Log(NextUniform()));
        double theta = 2.0 * Math.PI * NextUniform();
        _spare = r * Math.Sin(theta);
        return r * Math.Cos(theta);
    }

    /// <summary>GBM with annual drift and volatility, <paramref name="dtYears"/> per step.</summary>
    public double[] Gbm(double start, double drift, double volatility, double dtYears, int steps)
    {
        var p = new double[steps];
        p[0] = start;
        double mu = (drift - 0.5 * volatility * volatility) * dtYears;
        double sd = volatility * Math.Sqrt(dtYears);
        for (int k = 1; k < steps; k++)
        {
            p[k] = p[k - 1] * Math.Exp(mu + sd * NextNormal());
        }

        return p;
    }

    /// <summary>Log-price Ornstein–Uhlenbeck around ln(<paramref name="mean"/>), reversion speed κ per year.</summary>
    public double[] MeanReverting(double start, double mean, double kappa, double volatility, double dtYears, int steps)
    {
        var p = new double[steps];
        p[0] = start;
        double x = Math.Log(start);
        double m = Math.Log(mean);
        double sd = volatility * Math.Sqrt(dtYears);
        for (int k = 1; k < steps; k++)
        {
            x += kappa * (m - x) * dtYears + sd * NextNormal();
            p[k] = Math.Exp(x);
        }

        return p;
    }

    /// <summary>GBM with one jump of relative size <paramref name="jump"/> (−0.2 = gap down 20%) at <paramref name="atStep"/>.</summary>
    public double[] Gap(double start, double volatility, double dtYears, int steps, int atStep, double jump)
    {
        double[] p = Gbm(start, 0, volatility, dtYears, steps);
        for (int k = atStep; k < steps; k++)
        {
            p[k] *= 1 + jump;
        }

        return p;
    }

    /// <summary>
    /// Deterministic V: from <paramref name="start"/> down to start·(1 − depth) at <paramref name="bottomStep"/> in
    /// equal log steps, then back to <paramref name="start"/> at the last step (no noise, so levels are exact).
    /// </summary>
    public static double[] CrashAndRecovery(double start, double depth, int bottomStep, int steps)
    {
        var p = new double[steps];
        double bottom = Math.Log(start * (1 - depth));
        double top = Math.Log(start);
        for (int k = 0; k < steps; k++)
        {
            double x = k <= bottomStep
                ? top + (bottom - top) * k / bottomStep
                : bottom + (top - bottom) * (k - bottomStep) / (steps - 1 - bottomStep);
            p[k] = Math.Exp(x);
        }

        return p;
    }

    /// <summary>Two GBMs whose log returns have correlation <paramref name="rho"/>.</summary>
    public (double[] First, double[] Second) CorrelatedGbm(double start1, double vol1, double start2, double vol2, double rho, double dtYears, int steps)
    {
        var a = new double[steps];
        var b = new double[steps];
        a[0] = start1;
        b[0] = start2;
        double s1 = vol1 * Math.Sqrt(dtYears);
        double s2 = vol2 * Math.Sqrt(dtYears);
        double c = Math.Sqrt(1 - rho * rho);
        for (int k = 1; k < steps; k++)
        {
            double z1 = NextNormal();
            double z2 = rho * z1 + c * NextNormal();
            a[k] = a[k - 1] * Math.Exp(-0.5 * s1 * s1 + s1 * z1);
            b[k] = b[k - 1] * Math.Exp(-0.5 * s2 * s2 + s2 * z2);
        }

        return (a, b);
    }
}
