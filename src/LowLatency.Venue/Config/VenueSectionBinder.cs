using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using R = LowLatency.Venue.Config.VenueIniReader;

namespace LowLatency.Venue.Config;

/// <summary>
/// Binds the simulated venues' own sections of a settings file that also holds FIX sessions:
/// <c>[VENUE]</c> (one per venue), <c>[INSTRUMENT]</c>, <c>[LIQUIDITY]</c> and <c>[FAULTS]</c> (each naming its venue
/// with <c>Venue=</c>). Every problem is a <see cref="FixConfigException"/> naming file, line and key.
/// </summary>
internal static class VenueSectionBinder
{
    public const string VenueSection = "VENUE";
    public const string InstrumentSection = "INSTRUMENT";
    public const string LiquiditySection = "LIQUIDITY";
    public const string FaultsSection = "FAULTS";

    /// <summary>One bound venue: its configuration, the SenderCompID its sessions use, and where it was defined.</summary>
    public sealed record BoundVenue(VenueConfig Config, string SenderCompId, IniSection Section);

    public static IReadOnlyList<BoundVenue> Bind(ConfigBinder binder)
    {
        var venues = new List<(SectionReader Reader, string Name, string CompId)>();
        foreach (IniSection section in binder.Sections(VenueSection))
        {
            SectionReader r = binder.Read(section);
            string name = r.RequireString("Name");
            if (venues.Exists(v => v.Name == name))
            {
                throw r.Error("Name", $"venue '{name}' is defined twice");
            }

            string compId = r.OptionalString("SenderCompID") ?? name;
            if (venues.Exists(v => v.CompId == compId))
            {
                throw r.Error("SenderCompID", $"another venue already uses SenderCompID '{compId}'");
            }

            venues.Add((r, name, compId));
        }

        var instruments = venues.ToDictionary(v => v.Name, _ => new List<(VenueInstrumentConfig Config, SectionReader Reader)>());
        foreach (IniSection section in binder.Sections(InstrumentSection))
        {
            SectionReader r = binder.Read(section);
            string venue = VenueOf(r, instruments.Keys);
            VenueInstrumentConfig instrument = BindInstrument(r);
            var problems = new List<string>();
            instrument.Validate(string.Empty, problems);
            ThrowFirst(r, problems);
            if (instruments[venue].Exists(i => i.Config.Symbol == instrument.Symbol))
            {
                throw r.Error("Symbol", $"'{instrument.Symbol}' is listed twice on venue {venue}");
            }

            instruments[venue].Add((instrument, r));
        }

        Dictionary<string, SectionReader> liquidity = Singles(binder, LiquiditySection, instruments.Keys);
        Dictionary<string, SectionReader> faults = Singles(binder, FaultsSection, instruments.Keys);
        var result = new List<BoundVenue>(venues.Count);
        foreach ((SectionReader r, string name, string compId) in venues)
        {
            List<(VenueInstrumentConfig Config, SectionReader Reader)> listed = instruments[name];
            if (listed.Count == 0)
            {
                throw r.Error($"venue {name} lists no [{InstrumentSection}] (add sections with Venue={name})");
            }

            CheckDrivers(listed);
            VenueConfig config = BindVenue(r, name, listed.ConvertAll(i => i.Config));
            var problems = new List<string>();
            if (liquidity.TryGetValue(name, out SectionReader? lr))
            {
                config = config with { Liquidity = BindLiquidity(lr, config.Instruments) };
                if (config.Liquidity.Enabled)
                {
                    config.Liquidity.Validate(string.Empty, config.Instruments, problems);
                }

                ThrowFirst(lr, problems);
            }

            if (faults.TryGetValue(name, out SectionReader? fr))
            {
                config = config with { Faults = BindFaults(fr) };
                config.Faults.Validate(string.Empty, problems);
                ThrowFirst(fr, problems);
            }

            IReadOnlyList<string> errors = config.Validate();
            if (errors.Count > 0)
            {
                ThrowFirst(r, errors.Select(e => e.Replace($"venue '{name}'", string.Empty, StringComparison.Ordinal)).ToList());
            }

            result.Add(new BoundVenue(config, compId, r.Section));
        }

        return result;
    }

    private static VenueConfig BindVenue(SectionReader r, string name, IReadOnlyList<VenueInstrumentConfig> instruments) => new()
    {
        Name = name,
        Instruments = instruments,
        Fees = new FeeSchedule(R.Double(r, "MakerFeeBps", 0), R.Double(r, "TakerFeeBps", 0)),
        AddedLatency = R.Duration(r, "AddedLatency", TimeSpan.Zero),
        CancelOnDisconnect = r.OptionalBool("CancelOnDisconnect", true),
        ResendMarketData = r.OptionalBool("ResendMarketData", true),
        MaxOpenOrdersPerInstrument = r.OptionalInt("MaxOpenOrdersPerInstrument", 65_536, 1, VenueConfig.MaxOrderCapacity),
    };

    private static VenueInstrumentConfig BindInstrument(SectionReader r)
    {
        string symbol = r.RequireString("Symbol");
        Price tick = R.RequirePrice(r, "TickSize");
        int priceScale = r.OptionalInt("PriceScale", tick.Scale, 0, Price.MaxScale);
        if (!tick.IsPositive || !tick.TryRescale(priceScale, out Price tickAtScale))
        {
            throw r.Error("TickSize", $"'{tick}' must be positive with at most PriceScale ({priceScale}) decimals");
        }

        Quantity lot = R.RequireQuantity(r, "LotSize");
        if (!lot.IsPositive)
        {
            throw r.Error("LotSize", $"'{lot}' must be positive");
        }

        Price start = R.RequirePrice(r, "StartingPrice");
        if (!start.IsPositive || !start.TryRescale(priceScale, out Price startAtScale) || startAtScale.Mantissa % tickAtScale.Mantissa != 0)
        {
            throw r.Error("StartingPrice", $"'{start}' must be a positive multiple of the tick size {tick}");
        }

        string? underlying = r.OptionalString("Underlying");
        if (underlying is not null && underlying != symbol)
        {
            foreach (string own in new[] { "Volatility", "Drift", "JumpIntensity", "JumpMean", "JumpVolatility" })
            {
                R.Forbid(r, own, $"not used: '{symbol}' follows the price of '{underlying}' (set it there; a follower has Basis, BasisVolatility, BasisHalfLife)");
            }
        }
        else
        {
            foreach (string basis in new[] { "Basis", "BasisVolatility", "BasisHalfLife" })
            {
                R.Forbid(r, basis, $"only for an instrument that follows another one (set Underlying)");
            }
        }

        return new VenueInstrumentConfig
        {
            Symbol = symbol,
            TickSize = tick,
            LotSize = lot,
            PriceScale = priceScale,
            StartingPrice = startAtScale,
            Volatility = R.Double(r, "Volatility", 0.5),
            Drift = R.Double(r, "Drift", 0),
            JumpIntensity = R.Double(r, "JumpIntensity", 0),
            JumpMean = R.Double(r, "JumpMean", 0),
            JumpVolatility = R.Double(r, "JumpVolatility", 0),
            Underlying = underlying,
            Basis = R.Double(r, "Basis", 0),
            BasisVolatility = R.Double(r, "BasisVolatility", 0),
            BasisHalfLife = R.Duration(r, "BasisHalfLife", TimeSpan.FromMinutes(5)),
        };
    }

    private static LiquidityConfig BindLiquidity(SectionReader r, IReadOnlyList<VenueInstrumentConfig> instruments)
    {
        var defaults = new LiquidityConfig();
        List<CorrelationConfig> correlations = R.Correlations(r, "Correlations");
        foreach (CorrelationConfig pair in correlations)
        {
            foreach (string symbol in new[] { pair.First, pair.Second })
            {
                VenueInstrumentConfig? instrument = instruments.FirstOrDefault(i => i.Symbol == symbol);
                if (instrument is null || instrument.FollowsDriver)
                {
                    throw r.Error("Correlations", instrument is null
                        ? $"'{symbol}' is not listed on this venue"
                        : $"'{symbol}' follows '{instrument.Underlying}': correlate the drivers");
                }
            }
        }

        return new LiquidityConfig
        {
            Enabled = r.OptionalBool("Enabled", true),
            Seed = r.OptionalInt("Seed", defaults.Seed, int.MinValue, int.MaxValue),
            StepInterval = R.Duration(r, "StepInterval", defaults.StepInterval),
            TimeAcceleration = R.Double(r, "TimeAcceleration", defaults.TimeAcceleration),
            DefaultCorrelation = R.Double(r, "DefaultCorrelation", defaults.DefaultCorrelation),
            Correlations = correlations,
            Maker = new MakerConfig
            {
                Levels = r.OptionalInt("MakerLevels", defaults.Maker.Levels, 1, 50),
                HalfSpreadBps = R.Double(r, "MakerHalfSpreadBps", defaults.Maker.HalfSpreadBps),
                LevelSpacingBps = R.Double(r, "MakerLevelSpacingBps", defaults.Maker.LevelSpacingBps),
                QuantityLots = R.Long(r, "MakerQuantityLots", defaults.Maker.QuantityLots, 1, 1_000_000_000),
                QuantityStepLots = R.Long(r, "MakerQuantityStepLots", defaults.Maker.QuantityStepLots, 0, 1_000_000_000),
            },
            Taker = new TakerConfig
            {
                OrdersPerSecond = R.Double(r, "TakerOrdersPerSecond", defaults.Taker.OrdersPerSecond),
                MinLots = R.Long(r, "TakerMinLots", defaults.Taker.MinLots, 1, 1_000_000_000),
                MaxLots = R.Long(r, "TakerMaxLots", defaults.Taker.MaxLots, 1, 1_000_000_000),
                MaxSlippageTicks = r.OptionalInt("TakerMaxSlippageTicks", defaults.Taker.MaxSlippageTicks, 0, 1_000_000),
            },
        };
    }

    private static FaultInjectionConfig BindFaults(SectionReader r) => new()
    {
        DropSessionAfterMessages = r.OptionalInt("DropSessionAfterMessages", 0, 0, int.MaxValue),
        RejectEveryNthOrder = r.OptionalInt("RejectEveryNthOrder", 0, 0, int.MaxValue),
        MessageDelay = R.Duration(r, "MessageDelay", TimeSpan.Zero),
        DropEveryNthMessage = DropEvery(r),
        GoSilentAfterMessages = r.OptionalInt("GoSilentAfterMessages", 0, 0, int.MaxValue),
    };

    private static int DropEvery(SectionReader r)
    {
        int value = r.OptionalInt("DropEveryNthMessage", 0, 0, int.MaxValue);
        return value == 1 ? throw r.Error("DropEveryNthMessage", "1 would drop every message: use 0 (off), at least 2, or GoSilentAfterMessages") : value;
    }

    /// <summary>A follower's Underlying must be another listed instrument that follows nothing itself.</summary>
    private static void CheckDrivers(List<(VenueInstrumentConfig Config, SectionReader Reader)> listed)
    {
        List<VenueInstrumentConfig> instruments = listed.ConvertAll(i => i.Config);
        foreach ((VenueInstrumentConfig instrument, SectionReader r) in listed)
        {
            if (VenueConfig.DriverProblem(instrument, instruments) is { } problem)
            {
                throw r.Error("Underlying", problem);
            }
        }
    }

    /// <summary>
    /// Turns the first validation message (written "': Key …'" with an empty location) into an error at the line of
    /// that key, or at the section header when the key is not written in the section.
    /// </summary>
    private static void ThrowFirst(SectionReader r, List<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        string message = problems[0].TrimStart(':', ' ');
        string token = message.Split(' ', 2)[0].TrimEnd(':');
        string key = token switch
        {
            "Fees.MakerBps" => "MakerFeeBps",
            "Fees.TakerBps" => "TakerFeeBps",
            _ when token.StartsWith("Liquidity.", StringComparison.Ordinal) => token["Liquidity.".Length..],
            _ when token.StartsWith("Faults.", StringComparison.Ordinal) => token["Faults.".Length..],
            _ when token.StartsWith("Maker.", StringComparison.Ordinal) => "Maker" + token["Maker.".Length..],
            _ when token.StartsWith("Taker.", StringComparison.Ordinal) => "Taker" + token["Taker.".Length..],
            _ => token,
        };
        throw r.Section.TryGet(key, out _) ? r.Error(key, message) : r.Error(message);
    }

    private static string VenueOf(SectionReader r, IEnumerable<string> venues)
    {
        string venue = r.RequireString("Venue");
        return venues.Contains(venue)
            ? venue
            : throw r.Error("Venue", $"no [{VenueSection}] is named '{venue}' (venues: {string.Join(", ", venues)})");
    }

    private static Dictionary<string, SectionReader> Singles(ConfigBinder binder, string sectionName, IEnumerable<string> venues)
    {
        var result = new Dictionary<string, SectionReader>(StringComparer.Ordinal);
        foreach (IniSection section in binder.Sections(sectionName))
        {
            SectionReader r = binder.Read(section);
            string venue = VenueOf(r, venues);
            if (!result.TryAdd(venue, r))
            {
                throw r.Error($"venue {venue} already has a [{sectionName}] at line {result[venue].Section.Line}");
            }
        }

        return result;
    }
}
