using System.Globalization;
using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Reporting;
using LowLatency.Server.Config;

namespace LowLatency.LoadTest.Cli;

/// <summary>The harness's command line: a scenario and its options (every default depends on the scenario and <c>--quick</c>).</summary>
public sealed record LoadOptions
{
    public static readonly string[] Scenarios = ["ticks", "venues", "fix", "soak"];

    public string Scenario { get; init; } = "ticks";

    public double? Rate { get; init; }

    public TimeSpan? Duration { get; init; }

    public TimeSpan? Warmup { get; init; }

    /// <summary>Soak reporting interval.</summary>
    public TimeSpan? Interval { get; init; }

    public WaitStrategyKind WaitStrategy { get; init; } = WaitStrategyKind.Blocking;

    public WaitMode GeneratorWait { get; init; } = WaitMode.Parking;

    public string? OutDirectory { get; init; }

    public bool Quick { get; init; }

    public int Seed { get; init; } = 7;

    /// <summary>FIX client sessions of the <c>fix</c> scenario (pairs: a seller and a buyer).</summary>
    public int? Sessions { get; init; }

    public long? P50 { get; init; }

    public long? P999 { get; init; }

    /// <summary>Extra thresholds (<c>--threshold channel:p99=50us</c>).</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    public bool NoThresholds { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses the command line; throws <see cref="UsageException"/> on anything unknown or malformed.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new LoadOptions();
        var extra = new List<Threshold>();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "-h" or "--help" or "help":
                    o = o with { Help = true };
                    break;
                case "--rate":
                    o = o with { Rate = PositiveDouble(a, Value(args, ref i)) };
                    break;
                case "--duration":
                    o = o with { Duration = Span(a, Value(args, ref i)) };
                    break;
                case "--warmup":
                    o = o with { Warmup = Span(a, Value(args, ref i), allowZero: true) };
                    break;
                case "--interval":
                    o = o with { Interval = Span(a, Value(args, ref i)) };
                    break;
                case "--wait-strategy":
                    o = o with { WaitStrategy = Strategy(Value(args, ref i)) };
                    break;
                case "--spin":
                    o = o with { GeneratorWait = WaitMode.Spin };
                    break;
                case "--yield":
                    o = o with { GeneratorWait = WaitMode.Yielding };
                    break;
                case "--out":
                    o = o with { OutDirectory = Value(args, ref i) };
                    break;
                case "--quick":
                    o = o with { Quick = true };
                    break;
                case "--seed":
                    o = o with { Seed = Int(a, Value(args, ref i), int.MinValue) };
                    break;
                case "--sessions":
                    o = o with { Sessions = Int(a, Value(args, ref i), 2) };
                    break;
                case "--p50":
                    o = o with { P50 = Nanoseconds(a, Value(args, ref i)) };
                    break;
                case "--p999":
                    o = o with { P999 = Nanoseconds(a, Value(args, ref i)) };
                    break;
                case "--threshold":
                    extra.Add(ParseThreshold(Value(args, ref i)));
                    break;
                case "--no-thresholds":
                    o = o with { NoThresholds = true };
                    break;
                default:
                    if (a.StartsWith('-') || i > 0 || Array.IndexOf(Scenarios, a) < 0)
                    {
                        throw new UsageException(a.StartsWith('-') ? $"unknown option '{a}'" : $"unknown scenario '{a}' (one of: {string.Join(", ", Scenarios)})");
                    }

                    o = o with { Scenario = a };
                    break;
            }
        }

        return o with { Thresholds = extra };
    }

    /// <summary>The thresholds in force: the scenario's defaults with <c>--p50</c>/<c>--p999</c> replacing the primary channel's, plus <c>--threshold</c>s.</summary>
    public IReadOnlyList<Threshold> EffectiveThresholds(string primaryChannel, IReadOnlyList<Threshold> defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var list = new List<Threshold>();
        if (!NoThresholds)
        {
            foreach (Threshold t in defaults)
            {
                bool overridden = t.Channel == primaryChannel && ((t.Percentile == 50 && P50 is not null) || (t.Percentile == 99.9 && P999 is not null));
                if (!overridden)
                {
                    list.Add(t);
                }
            }

            if (P50 is { } p50)
            {
                list.Add(new Threshold(primaryChannel, 50, p50));
            }

            if (P999 is { } p999)
            {
                list.Add(new Threshold(primaryChannel, 99.9, p999));
            }
        }

        list.AddRange(Thresholds);
        return list;
    }

    /// <summary>One line for the report header.</summary>
    public string Describe(double rate, TimeSpan duration, TimeSpan warmup) => string.Create(CultureInfo.InvariantCulture,
        $"rate {rate:F0}/s, duration {duration.TotalSeconds:0.##}s, warm-up {warmup.TotalSeconds:0.##}s, server wait {WaitStrategy}, generator wait {GeneratorWait}, seed {Seed}{(Quick ? ", quick" : "")}, {Environment.ProcessorCount} cores");

    private static Threshold ParseThreshold(string text)
    {
        // channel:pNN=duration or channel:max=duration
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (colon <= 0 || eq < colon + 2)
        {
            throw new UsageException($"--threshold '{text}': expected channel:pNN=duration, e.g. tick_to_wire:p99=50us");
        }

        string channel = text[..colon];
        string p = text[(colon + 1)..eq];
        double percentile = p == "max" ? 100
            : p.StartsWith('p') && double.TryParse(p[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;
        if (percentile is not (50 or 90 or 99 or 99.9 or 99.99 or 100))
        {
            throw new UsageException($"--threshold '{text}': the percentile is one of p50, p90, p99, p99.9, p99.99, max");
        }

        return new Threshold(channel, percentile, Nanoseconds("--threshold", text[(eq + 1)..]));
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    private static double PositiveDouble(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v) ? v
            : throw new UsageException($"{option} '{text}': expected a positive number");

    private static int Int(string option, string text, int min) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v >= min ? v
            : throw new UsageException($"{option} '{text}': expected an integer ≥ {min}");

    private static long Nanoseconds(string option, string text) =>
        Durations.TryParseNs(text, out long ns) && ns > 0 ? ns
            : throw new UsageException($"{option} '{text}': expected a positive duration such as 500ns, 2us, 1.5ms, 30s");

    private static TimeSpan Span(string option, string text, bool allowZero = false) =>
        Durations.TryParseNs(text, out long ns) && (ns > 0 || allowZero) ? TimeSpan.FromTicks(ns / 100)
            : throw new UsageException($"{option} '{text}': expected a duration such as 500ms, 30s, 10m");

    private static WaitStrategyKind Strategy(string text) => text.ToLowerInvariant() switch
    {
        "blocking" => WaitStrategyKind.Blocking,
        "yielding" => WaitStrategyKind.Yielding,
        "sleeping" => WaitStrategyKind.Sleeping,
        "busyspin" or "busy-spin" => WaitStrategyKind.BusySpin,
        _ => throw new UsageException($"--wait-strategy '{text}': one of blocking, yielding, sleeping, busyspin"),
    };
}
