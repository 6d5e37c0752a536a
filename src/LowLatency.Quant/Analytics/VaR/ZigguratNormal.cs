using System.Runtime.CompilerServices;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Standard normal draws by the ziggurat method (Marsaglia &amp; Tsang 2000) in Doornik's ZIGNOR form
/// (2005: 128 layers, layer index and uniform from disjoint bits of one 64-bit draw, exact tail by
/// Marsaglia's method). About 99 % of draws cost one random number, a multiply and a compare.
/// Why not MathNet's <c>Normal.Samples</c>: measured on this machine at ≈20 ns a draw against a few ns
/// here, and a 10,000 × 500 Monte Carlo VaR needs millions of draws.
/// </summary>
internal static class ZigguratNormal
{
    private const int Layers = 128;
    private const double TailStart = 3.442619855899;
    private const double LayerArea = 9.91256303526217e-3;

    private static readonly double[] X = BuildX();
    private static readonly double[] Ratio = BuildRatio(X);

    /// <summary>Fills <paramref name="destination"/> with independent N(0, 1) draws.</summary>
    public static void Fill(ref Xoshiro256StarStar rng, Span<double> destination)
    {
        double[] x = X;
        double[] ratio = Ratio;
        for (int k = 0; k < destination.Length; k++)
        {
            ulong bits = rng.NextUInt64();
            int i = (int)(bits & (Layers - 1));
            double u = (2.0 * ((bits >> 11) * (1.0 / (1UL << 53)))) - 1.0;
            if (Math.Abs(u) < ratio[i])
            {
                destination[k] = u * x[i];
            }
            else
            {
                destination[k] = Slow(ref rng, i, u);
            }
        }
    }

    /// <summary>One N(0, 1) draw.</summary>
    public static double Next(ref Xoshiro256StarStar rng)
    {
        ulong bits = rng.NextUInt64();
        int i = (int)(bits & (Layers - 1));
        double u = (2.0 * ((bits >> 11) * (1.0 / (1UL << 53)))) - 1.0;
        return Math.Abs(u) < Ratio[i] ? u * X[i] : Slow(ref rng, i, u);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Slow(ref Xoshiro256StarStar rng, int i, double u)
    {
        double[] x = X;
        while (true)
        {
            if (i == 0)
            {
                return Tail(ref rng, u < 0.0);
            }

            double xu = u * x[i];
            double f0 = Math.Exp(-0.5 * ((x[i] * x[i]) - (xu * xu)));
            double f1 = Math.Exp(-0.5 * ((x[i + 1] * x[i + 1]) - (xu * xu)));
            if (f1 + (rng.NextDouble() * (f0 - f1)) < 1.0)
            {
                return xu;
            }

            ulong bits = rng.NextUInt64();
            i = (int)(bits & (Layers - 1));
            u = (2.0 * ((bits >> 11) * (1.0 / (1UL << 53)))) - 1.0;
            if (Math.Abs(u) < Ratio[i])
            {
                return u * x[i];
            }
        }
    }

    private static double Tail(ref Xoshiro256StarStar rng, bool negative)
    {
        double x;
        double y;
        do
        {
            // 1 − U ∈ (0, 1] keeps the logarithms finite.
            x = Math.Log(1.0 - rng.NextDouble()) / TailStart;
            y = Math.Log(1.0 - rng.NextDouble());
        }
        while (-2.0 * y < x * x);

        return negative ? x - TailStart : TailStart - x;
    }

    private static double[] BuildX()
    {
        var x = new double[Layers + 1];
        double f = Math.Exp(-0.5 * TailStart * TailStart);
        x[0] = LayerArea / f;
        x[1] = TailStart;
        x[Layers] = 0.0;
        for (int i = 2; i < Layers; i++)
        {
            x[i] = Math.Sqrt(-2.0 * Math.Log((LayerArea / x[i - 1]) + f));
            f = Math.Exp(-0.5 * x[i] * x[i]);
        }

        return x;
    }

    private static double[] BuildRatio(double[] x)
    {
        var r = new double[Layers];
        for (int i = 0; i < Layers; i++)
        {
            r[i] = x[i + 1] / x[i];
        }

        return r;
    }
}
