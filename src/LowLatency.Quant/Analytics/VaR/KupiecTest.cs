using MathNet.Numerics.Distributions;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Kupiec (1995) proportion-of-failures test ("Techniques for verifying the accuracy of risk measurement
/// models", J. Derivatives 3): with T days, x exceptions and expected rate p = 1 − c,
/// LR = −2·ln[(1 − p)^{T−x}·p^x] + 2·ln[(1 − x/T)^{T−x}·(x/T)^x] ~ χ²(1) under a correct model; the model is
/// rejected when LR exceeds the χ²(1) quantile at the test's confidence (3.841 at 95 %).
/// </summary>
public static class KupiecTest
{
    /// <summary>The test on counts.</summary>
    public static KupiecResult ProportionOfFailures(int observations, int exceptions, double varConfidence, double testConfidence = 0.95)
    {
        Guard.Positive(observations, nameof(observations));
        if (exceptions < 0 || exceptions > observations)
        {
            Guard.Fail(nameof(exceptions), $"exceptions must lie in 0..{observations} but was {exceptions}");
        }

        Guard.Confidence(varConfidence, nameof(varConfidence));
        Guard.Confidence(testConfidence, nameof(testConfidence));
        double p = 1.0 - varConfidence;
        int t = observations;
        int x = exceptions;
        double observed = (double)x / t;
        double lr = -2.0 * (XLogY(t - x, 1.0 - p) + XLogY(x, p)) + (2.0 * (XLogY(t - x, 1.0 - observed) + XLogY(x, observed)));
        lr = Math.Max(lr, 0.0);
        double pValue = 1.0 - ChiSquared.CDF(1.0, lr);
        bool reject = lr > ChiSquared.InvCDF(1.0, testConfidence);
        return new KupiecResult(t, x, p * t, lr, pValue, reject);
    }

    /// <summary>
    /// Counts exceptions (P&amp;L below −VaR, i.e. a loss larger than the VaR reported for that day) over
    /// aligned histories and runs the test. VaR values are positive losses.
    /// </summary>
    public static KupiecResult Backtest(ReadOnlySpan<double> pnl, ReadOnlySpan<double> valueAtRisk, double varConfidence, double testConfidence = 0.95)
    {
        Guard.MinLength(pnl.Length, 1, nameof(pnl), "days");
        Guard.SameLength(valueAtRisk.Length, pnl.Length, nameof(valueAtRisk), "pnl");
        Guard.Finite(pnl, nameof(pnl));
        Guard.Finite(valueAtRisk, nameof(valueAtRisk));
        int exceptions = 0;
        for (int i = 0; i < pnl.Length; i++)
        {
            if (-pnl[i] > valueAtRisk[i])
            {
                exceptions++;
            }
        }

        return ProportionOfFailures(pnl.Length, exceptions, varConfidence, testConfidence);
    }

    /// <summary>The exception counts the test accepts: every x with lo ≤ x ≤ hi is not rejected.</summary>
    public static (int Low, int High) NonRejectionRegion(int observations, double varConfidence, double testConfidence = 0.95)
    {
        int low = -1;
        int high = -1;
        for (int x = 0; x <= observations; x++)
        {
            if (!ProportionOfFailures(observations, x, varConfidence, testConfidence).RejectModel)
            {
                if (low < 0)
                {
                    low = x;
                }

                high = x;
            }
        }

        return (low, high);
    }

    /// <summary>n·ln(q) with the 0·ln 0 = 0 convention of the likelihood.</summary>
    private static double XLogY(double n, double q) => n == 0.0 ? 0.0 : n * Math.Log(q);
}
