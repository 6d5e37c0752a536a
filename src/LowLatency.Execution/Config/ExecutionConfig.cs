namespace LowLatency.Execution.Config;

/// <summary>
/// Everything the execution engine is configured with, validated as a whole before the engine is built:
/// <see cref="Validate"/> lists every problem with its key rather than stopping at the first.
/// </summary>
public sealed record ExecutionConfig
{
    public required IReadOnlyList<InstrumentSettings> Instruments { get; init; }

    public required IReadOnlyList<VenueSettings> Venues { get; init; }

    public required RiskLimits Risk { get; init; }

    public OrderSettings Orders { get; init; } = new();

    public RoutingSettings Routing { get; init; } = new();

    /// <summary>Problems found, one line each naming its key; empty when the configuration is usable.</summary>
    public IReadOnlyList<string> FindErrors()
    {
        var errors = new List<string>();
        if (Instruments is null || Instruments.Count == 0)
        {
            errors.Add("Instruments must list at least one instrument");
        }
        else
        {
            var ids = new HashSet<int>();
            var symbols = new HashSet<string>(StringComparer.Ordinal);
            foreach (InstrumentSettings settings in Instruments)
            {
                if (settings is null)
                {
                    errors.Add("Instruments contains an empty entry");
                    continue;
                }

                settings.Validate(errors);
                if (settings.Instrument is { } instrument)
                {
                    if (!ids.Add(instrument.Id.Value))
                    {
                        errors.Add($"Instruments[{instrument.Symbol}].Id {instrument.Id.Value} is used twice");
                    }

                    if (instrument.Symbol is not null && !symbols.Add(instrument.Symbol))
                    {
                        errors.Add($"Instruments[{instrument.Symbol}].Symbol is used twice");
                    }
                }
            }
        }

        if (Venues is null || Venues.Count == 0 || Venues.Count > InstrumentLimitsConstants.MaxVenues)
        {
            errors.Add($"Venues must list 1..{InstrumentLimitsConstants.MaxVenues} venues, got {Venues?.Count ?? 0}");
        }
        else
        {
            var ids = new HashSet<int>();
            foreach (VenueSettings venue in Venues)
            {
                if (venue is null)
                {
                    errors.Add("Venues contains an empty entry");
                    continue;
                }

                venue.Validate(errors);
                if (!ids.Add(venue.Venue.Value))
                {
                    errors.Add($"Venues[{venue.Name}].Venue {venue.Venue.Value} is used twice");
                }
            }
        }

        if (Risk is null)
        {
            errors.Add("Risk is required");
        }
        else
        {
            Risk.Validate(errors);
        }

        (Orders ?? new OrderSettings()).Validate(errors);
        (Routing ?? new RoutingSettings()).Validate(errors);
        return errors;
    }

    /// <summary>Throws <see cref="ExecutionConfigException"/> listing every problem.</summary>
    public void Validate()
    {
        IReadOnlyList<string> errors = FindErrors();
        if (errors.Count != 0)
        {
            throw new ExecutionConfigException(errors);
        }
    }
}
