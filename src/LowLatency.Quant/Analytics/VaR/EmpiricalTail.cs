namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// VaR and ES from a sample of scenario P&amp;Ls. Convention (stated because the literature differs): with
/// T scenarios and α = 1 − c, let k = ⌈α·T⌉; VaR is minus the k-th smallest P&amp;L and ES is minus the mean
/// of the k smallest (e.g. 500 scenarios at 99 %: VaR = 5th worst loss, ES = mean of the 5 worst).
/// </summary>
internal static class EmpiricalTail
{
    public static int TailCount(int scenarios, double confidence)
    {
        // The small guard stops 0.01·1000 = 10.000000000000002 from rounding up to 11.
        double exact = (1.0 - confidence) * scenarios;
        int k = (int)Math.Ceiling(exact - (1e-9 * Math.Max(1.0, exact)));
        return Math.Clamp(k, 1, scenarios);
    }

    /// <summary>Sorts <paramref name="pnl"/> in place (ascending) and reads the tail.</summary>
    public static VarResult FromPnl(Span<double> pnl, double confidence)
    {
        int n = pnl.Length;
        double sum = 0.0;
        for (int i = 0; i < n; i++)
        {
            sum += pnl[i];
        }

        // Two passes: Σ(x − mean)² does not cancel catastrophically when the mean is large against σ.
        double mean = sum / n;
        double ss = 0.0;
        for (int i = 0; i < n; i++)
        {
            double d = pnl[i] - mean;
            ss += d * d;
        }

        double sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0.0;

        int k = TailCount(n, confidence);
        pnl.Sort();
        double tail = 0.0;
        for (int i = 0; i < k; i++)
        {
            tail += pnl[i];
        }

        return new VarResult(-pnl[k - 1], -tail / k, confidence, mean, sd, n);
    }
}
