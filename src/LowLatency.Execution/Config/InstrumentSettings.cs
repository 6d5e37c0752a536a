using LowLatency.Core.FixedPoint;
using LowLatency.Model.Instruments;

namespace LowLatency.Execution.Config;

/// <summary>
/// An instrument the engine may trade, with its per-instrument pre-trade limits. Limits are inclusive maxima:
/// an order that reaches exactly the limit passes, one unit (lot, tick, currency unit) beyond it is refused.
/// </summary>
public sealed record InstrumentSettings
{
    public required Instrument Instrument { get; init; }

    /// <summary>Largest child order quantity (inclusive), at the instrument's quantity scale.</summary>
    public required Quantity MaxOrderQuantity { get; init; }

    /// <summary>Largest child order notional (price × quantity × multiplier, account currency, inclusive).</summary>
    public required double MaxOrderNotional { get; init; }

    /// <summary>Largest absolute position (inclusive) after the order, counting every open order's worst case.</summary>
    public required Quantity MaxPosition { get; init; }

    /// <summary>Price collar in basis points of the reference price (mid): a limit further away is refused.</summary>
    public required double PriceCollarBps { get; init; }

    /// <summary>Smallest child order the router sends; defaults to one lot when zero.</summary>
    public Quantity MinOrderQuantity { get; init; }

    internal void Validate(List<string> errors)
    {
        if (Instrument is null)
        {
            errors.Add("Instruments[?].Instrument is required");
            return;
        }

        string key = $"Instruments[{Instrument.Symbol}]";
        if (string.IsNullOrEmpty(Instrument.Symbol) || !System.Text.Ascii.IsValid(Instrument.Symbol) || Instrument.Symbol.Contains('\u0001', StringComparison.Ordinal))
        {
            errors.Add($"{key}.Symbol must be non-empty ASCII without SOH");
        }

        if (Instrument.Id.Value < 0 || Instrument.Id.Value > InstrumentLimitsConstants.MaxInstrumentId)
        {
            errors.Add($"{key}.Id must be within 0..{InstrumentLimitsConstants.MaxInstrumentId}, got {Instrument.Id.Value}");
        }

        if (Instrument.TickSize.Mantissa <= 0)
        {
            errors.Add($"{key}.TickSize must be positive, got {Instrument.TickSize}");
        }

        if (Instrument.LotSize.Mantissa <= 0)
        {
            errors.Add($"{key}.LotSize must be positive, got {Instrument.LotSize}");
        }

        if (!double.IsFinite(Instrument.Multiplier) || Instrument.Multiplier <= 0)
        {
            errors.Add($"{key}.Multiplier must be a positive number, got {Instrument.Multiplier}");
        }

        CheckQuantity(errors, key, nameof(MaxOrderQuantity), MaxOrderQuantity, allowZero: false);
        CheckQuantity(errors, key, nameof(MaxPosition), MaxPosition, allowZero: true);
        if (MinOrderQuantity.Mantissa != 0 || MinOrderQuantity.Scale != 0)
        {
            CheckQuantity(errors, key, nameof(MinOrderQuantity), MinOrderQuantity, allowZero: false);
            if (MaxOrderQuantity.Mantissa > 0 && MinOrderQuantity > MaxOrderQuantity)
            {
                errors.Add($"{key}.MinOrderQuantity ({MinOrderQuantity}) must not exceed MaxOrderQuantity ({MaxOrderQuantity})");
            }
        }

        if (!double.IsFinite(MaxOrderNotional) || MaxOrderNotional <= 0)
        {
            errors.Add($"{key}.MaxOrderNotional must be a positive number, got {MaxOrderNotional}");
        }

        if (!double.IsFinite(PriceCollarBps) || PriceCollarBps <= 0 || PriceCollarBps > InstrumentLimitsConstants.MaxCollarBps)
        {
            errors.Add($"{key}.PriceCollarBps must be within (0, {InstrumentLimitsConstants.MaxCollarBps}], got {PriceCollarBps}");
        }
    }

    private void CheckQuantity(List<string> errors, string key, string name, Quantity value, bool allowZero)
    {
        if (Instrument.LotSize.Mantissa <= 0)
        {
            return;
        }

        if (value.Mantissa < 0 || (!allowZero && value.Mantissa == 0))
        {
            errors.Add($"{key}.{name} must be {(allowZero ? "zero or positive" : "positive")}, got {value}");
            return;
        }

        if (!value.TryRescale(Instrument.QuantityScale, out Quantity atScale))
        {
            errors.Add($"{key}.{name} ({value}) has more decimals than the quantity scale {Instrument.QuantityScale}");
            return;
        }

        if (atScale.Mantissa % Instrument.LotSize.Mantissa != 0)
        {
            errors.Add($"{key}.{name} ({value}) must be a multiple of the lot size {Instrument.LotSize}");
        }
    }
}
