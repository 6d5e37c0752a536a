namespace LowLatency.LoadTest.Harness;

/// <summary>A named sequence of load steps (warm-up, ramp, constant, spike, soak), run in order against one system.</summary>
public sealed record LoadScenario(string Name, IReadOnlyList<LoadStep> Steps)
{
    /// <summary>
    /// The standard shape: warm-up at half the rate, a ramp from a tenth to the full rate, the constant rate, a spike
    /// at three times the rate for a quarter of the duration, and the constant rate again (does it recover?).
    /// </summary>
    public static LoadScenario Standard(string name, double rate, TimeSpan duration, TimeSpan warmup)
    {
        var steps = new List<LoadStep>();
        if (warmup > TimeSpan.Zero)
        {
            steps.Add(new LoadStep("warmup", StepKind.WarmUp, rate / 2, warmup));
        }

        steps.Add(new LoadStep("ramp", StepKind.Ramp, rate, duration / 2, rate / 10));
        steps.Add(new LoadStep("constant", StepKind.Constant, rate, duration));
        steps.Add(new LoadStep("spike", StepKind.Spike, rate * 3, duration / 4));
        steps.Add(new LoadStep("recovery", StepKind.Constant, rate, duration / 2));
        return new LoadScenario(name, steps);
    }

    /// <summary>A warm-up, then the constant rate for <paramref name="duration"/> cut into reporting intervals.</summary>
    public static LoadScenario Soak(string name, double rate, TimeSpan duration, TimeSpan warmup, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "the soak's reporting interval is longer than zero");
        }

        var steps = new List<LoadStep>();
        if (warmup > TimeSpan.Zero)
        {
            steps.Add(new LoadStep("warmup", StepKind.WarmUp, rate / 2, warmup));
        }

        int n = 0;
        for (TimeSpan left = duration; left > TimeSpan.Zero; left -= interval)
        {
            steps.Add(new LoadStep($"soak-{++n}", StepKind.Soak, rate, left < interval ? left : interval));
        }

        return new LoadScenario(name, steps);
    }
}
