namespace LowLatency.Quant.Tests.Greeks;

/// <summary>A spread of realistic and awkward option inputs shared by the pricing tests.</summary>
internal static class OptionGrid
{
    public static IEnumerable<(double S, double K, double T, double Vol, double R, double Q)> Cases()
    {
        foreach (double k in new[] { 50.0, 80, 95, 100, 105, 125, 200 })
        {
            foreach (double t in new[] { 1.0 / 365, 0.1, 0.5, 2, 10 })
            {
                foreach (double vol in new[] { 0.05, 0.2, 0.8, 2.5 })
                {
                    yield return (100, k, t, vol, 0.03, 0.01);
                }
            }
        }

        yield return (42, 40, 0.5, 0.2, 0.1, 0);
        yield return (30_000, 31_000, 7.0 / 365, 0.65, 0.05, -0.02);
        yield return (0.25, 0.3, 0.25, 1.2, -0.005, 0.04);
    }
}
