namespace LowLatency.Quant.Tests.Numerics;

/// <summary>
/// Independent, slow, careful Φ for the tests: the Taylor series around 0 (no cancellation for |x| &lt; 0.5)
/// and Laplace's continued fraction for the Mills ratio beyond, evaluated backwards with enough terms
/// (checked against 40-digit values to 2e-16), with exp(−x²/2) computed from the split t² = h + l.
/// It shares nothing with the production approximation but the idea of splitting t².
/// </summary>
internal static class ReferenceNormal
{
    public static double Cdf(double x)
    {
        if (Math.Abs(x) < 0.5)
        {
            double x2 = x * x;
            double term = x;
            double sum = x;
            for (int n = 1; n < 60; n++)
            {
                term *= x2 / (2 * n + 1);
                sum += term;
            }

            return 0.5 + Math.Exp(-0.5 * x2) / Math.Sqrt(2 * Math.PI) * sum;
        }

        double t = Math.Abs(x);
        int terms = t < 1 ? 5000 : 1000;
        double f = t;
        for (int k = terms; k >= 1; k--)
        {
            f = t + k / f;
        }

        double h = t * t;
        double l = Math.FusedMultiplyAdd(t, t, -h);
        double q = Math.Exp(-0.5 * h) * (1 - 0.5 * l) / Math.Sqrt(2 * Math.PI) / f;
        return x < 0 ? q : 1 - q;
    }

    public static double RelativeError(double actual, double expected) =>
        expected == actual ? 0 : Math.Abs(actual - expected) / Math.Abs(expected);
}
