namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// Central-difference Hessian with steps relative to each coordinate. Written here rather than taken from
/// MathNet's <c>NumericalHessian</c> because the step has to be chosen for a log-likelihood summed over
/// thousands of points (truncation vs. cancellation): h_i = 1e-4·max(|x_i|, 1e-3) keeps both errors near
/// 1e-7 relative for GARCH coefficients of order 1e-2..1.
/// </summary>
internal static class NumericalHessian
{
    public static double[,] OfNegativeLogLikelihood(Func<double[], double> f, double[] x)
    {
        int n = x.Length;
        var h = new double[n];
        for (int i = 0; i < n; i++)
        {
            h[i] = 1e-4 * Math.Max(Math.Abs(x[i]), 1e-3);
        }

        var result = new double[n, n];
        double f0 = f(x);
        var p = (double[])x.Clone();
        for (int i = 0; i < n; i++)
        {
            p[i] = x[i] + h[i];
            double fp = f(p);
            p[i] = x[i] - h[i];
            double fm = f(p);
            p[i] = x[i];
            result[i, i] = (fp - 2.0 * f0 + fm) / (h[i] * h[i]);
            for (int j = 0; j < i; j++)
            {
                p[i] = x[i] + h[i];
                p[j] = x[j] + h[j];
                double fpp = f(p);
                p[j] = x[j] - h[j];
                double fpm = f(p);
                p[i] = x[i] - h[i];
                double fmm = f(p);
                p[j] = x[j] + h[j];
                double fmp = f(p);
                p[i] = x[i];
                p[j] = x[j];
                double v = (fpp - fpm - fmp + fmm) / (4.0 * h[i] * h[j]);
                result[i, j] = v;
                result[j, i] = v;
            }
        }

        return result;
    }
}
