using LowLatency.Venue.Liquidity;

namespace LowLatency.Venue.Config;

/// <summary>
/// Background liquidity of a simulated venue: the correlated price process (seeded, stepped at a fixed
/// simulated interval) and the synthetic makers and takers it drives.
/// </summary>
public sealed record LiquidityConfig
{
    /// <summary>False: an empty venue where only connected sessions trade (tests of the bare matching rules).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Seed of every random draw, so a run is reproducible; give demo venues different seeds.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Simulated time between process steps (each step requotes makers and fires takers).</summary>
    public TimeSpan StepInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Simulated seconds per real second, to make prices lively in a demo (1 = real time).</summary>
    public double TimeAcceleration { get; init; } = 1;

    /// <summary>Correlation of every pair not listed in <see cref="Correlations"/>.</summary>
    public double DefaultCorrelation { get; init; }

    public IReadOnlyList<CorrelationConfig> Correlations { get; init; } = [];

    public MakerConfig Maker { get; init; } = new();

    public TakerConfig Taker { get; init; } = new();

    /// <summary>
    /// The full correlation matrix over the price drivers among <paramref name="instruments"/> (followers share their
    /// driver's draw; order kept); unknown symbols are skipped (validation reports them).
    /// </summary>
    public double[,] BuildCorrelationMatrix(IReadOnlyList<VenueInstrumentConfig> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        instruments = Drivers(instruments);
        int n = instruments.Count;
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                matrix[i, j] = i == j ? 1.0 : DefaultCorrelation;
            }
        }

        foreach (CorrelationConfig pair in Correlations)
        {
            int a = IndexOf(instruments, pair.First);
            int b = IndexOf(instruments, pair.Second);
            if (a >= 0 && b >= 0 && a != b)
            {
                matrix[a, b] = pair.Rho;
                matrix[b, a] = pair.Rho;
            }
        }

        return matrix;
    }

    internal void Validate(string where, IReadOnlyList<VenueInstrumentConfig> instruments, List<string> errors)
    {
        if (StepInterval < TimeSpan.FromMilliseconds(1) || StepInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"{where}: Liquidity.StepInterval must be between 1 ms and 1 h, got {StepInterval}");
        }

        if (!double.IsFinite(TimeAcceleration) || TimeAcceleration is <= 0 or > 1_000_000)
        {
            errors.Add($"{where}: Liquidity.TimeAcceleration must be positive and at most 1000000, got {TimeAcceleration}");
        }

        if (!double.IsFinite(DefaultCorrelation) || DefaultCorrelation is < -1 or > 1)
        {
            errors.Add($"{where}: Liquidity.DefaultCorrelation must be within [-1, 1], got {DefaultCorrelation}");
        }

        var seen = new HashSet<(string, string)>();
        foreach (CorrelationConfig pair in Correlations)
        {
            string label = $"{where}: Liquidity.Correlations '{pair.First}'/'{pair.Second}'";
            if (IndexOf(instruments, pair.First) < 0 || IndexOf(instruments, pair.Second) < 0)
            {
                errors.Add($"{label} names a symbol the venue does not list");
            }
            else if (instruments[IndexOf(instruments, pair.First)].FollowsDriver || instruments[IndexOf(instruments, pair.Second)].FollowsDriver)
            {
                errors.Add($"{label} names an instrument that follows another one's price: correlate the drivers");
            }
            else if (pair.First == pair.Second)
            {
                errors.Add($"{label} correlates an instrument with itself (always 1)");
            }
            else if (!seen.Add(string.CompareOrdinal(pair.First, pair.Second) < 0 ? (pair.First, pair.Second) : (pair.Second, pair.First)))
            {
                errors.Add($"{label} is listed twice");
            }

            if (!double.IsFinite(pair.Rho) || pair.Rho is < -1 or > 1)
            {
                errors.Add($"{label}: Rho must be within [-1, 1], got {pair.Rho}");
            }
        }

        Maker.Validate(where, errors);
        Taker.Validate(where, errors);
        if (errors.Count == 0 && instruments.Count > 0 && !CorrelatedGbm.TryFactorize(BuildCorrelationMatrix(instruments), out _, out string? problem))
        {
            errors.Add($"{where}: Liquidity correlations do not form a valid correlation matrix: {problem}");
        }
    }

    /// <summary>The instruments with a price process of their own, in order.</summary>
    internal static IReadOnlyList<VenueInstrumentConfig> Drivers(IReadOnlyList<VenueInstrumentConfig> instruments)
    {
        var drivers = new List<VenueInstrumentConfig>(instruments.Count);
        foreach (VenueInstrumentConfig instrument in instruments)
        {
            if (instrument is not null && !instrument.FollowsDriver)
            {
                drivers.Add(instrument);
            }
        }

        return drivers;
    }

    private static int IndexOf(IReadOnlyList<VenueInstrumentConfig> instruments, string symbol)
    {
        for (int i = 0; i < instruments.Count; i++)
        {
            if (instruments[i].Symbol == symbol)
            {
                return i;
            }
        }

        return -1;
    }
}
