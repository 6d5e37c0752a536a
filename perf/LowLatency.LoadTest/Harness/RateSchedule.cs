namespace LowLatency.LoadTest.Harness;

/// <summary>
/// The open-loop schedule of a step: event k is due at a fixed offset from the step's start that depends only on k
/// and the step's rate line — never on when earlier events were actually sent. That independence is what makes the
/// latency measured from the intended time honest (coordinated-omission correction): a stall delays the sends, not
/// the schedule, so every event due during the stall carries the stall in its latency.
/// </summary>
public static class RateSchedule
{
    /// <summary>Nanoseconds from the step's start at which event <paramref name="k"/> (0-based) is due.</summary>
    public static long OffsetNs(LoadStep step, long k)
    {
        ArgumentNullException.ThrowIfNull(step);
        double seconds = OffsetSeconds(step.StartRate, step.Rate, step.Duration.TotalSeconds, k);
        return (long)(seconds * 1e9);
    }

    /// <summary>
    /// Solves ∫₀ᵗ r(s) ds = k for a rate r rising linearly from r0 to r1 over T seconds: (r1−r0)/(2T)·t² + r0·t = k.
    /// A constant rate is the degenerate case t = k / r.
    /// </summary>
    internal static double OffsetSeconds(double r0, double r1, double duration, long k)
    {
        double a = (r1 - r0) / (2 * duration);
        if (Math.Abs(a) < 1e-12)
        {
            return r0 > 0 ? k / r0 : double.PositiveInfinity;
        }

        // the root of a·t² + r0·t − k = 0 that lies in [0, T]; written to avoid cancellation when r0 ≫ a·t
        double discriminant = (r0 * r0) + (4 * a * k);
        return discriminant <= 0 ? duration : 2.0 * k / (r0 + Math.Sqrt(discriminant));
    }
}
