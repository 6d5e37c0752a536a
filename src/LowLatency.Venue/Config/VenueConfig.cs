using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Config;

/// <summary>
/// Everything that makes one simulated venue different from another: its instruments, fees, added latency,
/// faults and background liquidity. In-memory and immutable; <c>Hosting.VenueSettingsFile</c> binds it from the
/// <c>[VENUE]</c>/<c>[INSTRUMENT]</c>/<c>[LIQUIDITY]</c>/<c>[FAULTS]</c> sections of <c>fix-config/venues.ini</c>.
/// <see cref="Validate"/> names every problem before anything starts.
/// </summary>
public sealed record VenueConfig
{
    /// <summary>Largest per-instrument order capacity (the book's pools are preallocated at this size).</summary>
    public const int MaxOrderCapacity = 1 << 24;

    /// <summary>Upper bound of <see cref="AddedLatency"/>; more is a unit mistake.</summary>
    public static TimeSpan MaxAddedLatency { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Venue name (also its SenderCompID by convention).</summary>
    public required string Name { get; init; }

    /// <summary>Listed instruments; the i-th gets <c>InstrumentId(i)</c> in the matching engine.</summary>
    public required IReadOnlyList<VenueInstrumentConfig> Instruments { get; init; }

    public FeeSchedule Fees { get; init; }

    /// <summary>Fixed delay the venue adds to its order replies (acknowledgements, fills, cancels: 35=8/35=9), to model a slower venue.</summary>
    public TimeSpan AddedLatency { get; init; }

    /// <summary>When a FIX session ends (logout or lost connection), cancel its resting orders (the reports reach it at its next logon).</summary>
    public bool CancelOnDisconnect { get; init; } = true;

    /// <summary>
    /// Store market data (35=W/X/Y) for resend like every other message (Y, QuickFIX's behaviour); N: a ResendRequest
    /// gap-fills it and each 35=X skips the store write — a subscriber then sees the jump in the per-instrument sequence
    /// carried in MDEntryID(278) and must resubscribe for a snapshot.
    /// </summary>
    public bool ResendMarketData { get; init; } = true;

    public FaultInjectionConfig Faults { get; init; } = FaultInjectionConfig.None;

    public LiquidityConfig Liquidity { get; init; } = new();

    /// <summary>Resting orders per instrument (preallocated); orders beyond it are rejected.</summary>
    public int MaxOpenOrdersPerInstrument { get; init; } = 65_536;

    /// <summary>Every problem found, each naming the venue and key; empty when the configuration can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        string where = $"venue '{Name}'";
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("venue: Name must not be empty");
            where = "venue ''";
        }

        if (Instruments is null || Instruments.Count == 0)
        {
            errors.Add($"{where}: Instruments must list at least one instrument");
            return errors;
        }

        var symbols = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Instruments.Count; i++)
        {
            VenueInstrumentConfig? instrument = Instruments[i];
            string at = $"{where}: Instruments[{i}]";
            if (instrument is null)
            {
                errors.Add($"{at} is missing");
                continue;
            }

            instrument.Validate($"{at} '{instrument.Symbol}'", errors);
            if (instrument.Symbol is not null && !symbols.Add(instrument.Symbol))
            {
                errors.Add($"{at}: Symbol '{instrument.Symbol}' is listed twice");
            }
        }

        ValidateDrivers(where, errors);

        Fees.Validate(where, errors);
        if (AddedLatency < TimeSpan.Zero || AddedLatency > MaxAddedLatency)
        {
            errors.Add($"{where}: AddedLatency must be between 0 and {MaxAddedLatency.TotalSeconds} s, got {AddedLatency.TotalMilliseconds} ms");
        }

        if (MaxOpenOrdersPerInstrument is < 1 or > MaxOrderCapacity)
        {
            errors.Add($"{where}: MaxOpenOrdersPerInstrument must be 1..{MaxOrderCapacity}, got {MaxOpenOrdersPerInstrument}");
        }

        (Faults ?? FaultInjectionConfig.None).Validate(where, errors);
        if (Liquidity is null)
        {
            errors.Add($"{where}: Liquidity must be set (use Enabled = false for none)");
        }
        else if (Liquidity.Enabled)
        {
            Liquidity.Validate(where, Instruments, errors);
            if (Liquidity.Maker is { Levels: > 0 } maker && 2L * maker.Levels > MaxOpenOrdersPerInstrument)
            {
                errors.Add($"{where}: Liquidity.Maker.Levels × 2 = {2 * maker.Levels} exceeds MaxOpenOrdersPerInstrument {MaxOpenOrdersPerInstrument}");
            }
        }

        return errors;
    }

    /// <summary>Every follower's Underlying is checked by <see cref="DriverProblem"/>.</summary>
    private void ValidateDrivers(string where, List<string> errors)
    {
        foreach (VenueInstrumentConfig? instrument in Instruments)
        {
            if (instrument is not null && DriverProblem(instrument, Instruments) is { } problem)
            {
                errors.Add($"{where}: instrument '{instrument.Symbol}': Underlying {problem}");
            }
        }
    }

    /// <summary>Why a follower's Underlying is wrong (not another listed instrument that follows nothing itself), or null.</summary>
    internal static string? DriverProblem(VenueInstrumentConfig instrument, IReadOnlyList<VenueInstrumentConfig?> instruments)
    {
        if (!instrument.FollowsDriver)
        {
            return null;
        }

        VenueInstrumentConfig? driver = null;
        foreach (VenueInstrumentConfig? candidate in instruments)
        {
            if (candidate?.Symbol == instrument.Underlying)
            {
                driver = candidate;
            }
        }

        return driver is null ? $"'{instrument.Underlying}' is not listed on the same venue"
            : driver.FollowsDriver ? $"'{instrument.Underlying}' follows '{driver.Underlying}' itself: name the driver '{driver.Underlying}'"
            : null;
    }

    /// <summary>Throws <see cref="VenueConfigException"/> listing every problem, so a venue refuses to start on bad config.</summary>
    public void EnsureValid()
    {
        IReadOnlyList<string> errors = Validate();
        if (errors.Count > 0)
        {
            throw new VenueConfigException(Name ?? "", errors);
        }
    }

    /// <summary>The instruments for the matching engine, ids in list order (validates first).</summary>
    public IReadOnlyList<Instrument> BuildInstruments()
    {
        EnsureValid();
        var instruments = new Instrument[Instruments.Count];
        for (int i = 0; i < instruments.Length; i++)
        {
            instruments[i] = Instruments[i].ToInstrument(new InstrumentId(i));
        }

        return instruments;
    }

    public MatchingEngineOptions BuildMatchingOptions() => new() { MaxOpenOrdersPerInstrument = MaxOpenOrdersPerInstrument };
}
