namespace LowLatency.Execution.Config;

/// <summary>
/// Engine-wide pre-trade limits and kill-switch triggers (per-instrument limits live in
/// <see cref="InstrumentSettings"/>). Maxima are inclusive.
/// </summary>
public sealed record RiskLimits
{
    /// <summary>Largest gross exposure (Σ |worst-case position| × reference price × multiplier) after an order.</summary>
    public required double MaxGrossExposure { get; init; }

    /// <summary>Largest number of open (not yet done) orders, this one included.</summary>
    public required int MaxOpenOrders { get; init; }

    /// <summary>Sustained new-order rate over all venues (token bucket refill per second).</summary>
    public required int GlobalOrdersPerSecond { get; init; }

    /// <summary>Global bucket capacity.</summary>
    public required int GlobalBurst { get; init; }

    /// <summary>Venue rejects within <see cref="RejectWindowNs"/> that trip the kill switch; 0 disables the trigger.</summary>
    public int RejectsToTrip { get; init; } = 10;

    /// <summary>Sliding window for <see cref="RejectsToTrip"/>.</summary>
    public long RejectWindowNs { get; init; } = 1_000_000_000;

    /// <summary>An identical order (instrument, venue, side, price, quantity) still unacknowledged and younger than this is a duplicate.</summary>
    public long DuplicateWindowNs { get; init; } = 100_000_000;

    internal void Validate(List<string> errors)
    {
        if (!double.IsFinite(MaxGrossExposure) || MaxGrossExposure <= 0)
        {
            errors.Add($"Risk.MaxGrossExposure must be a positive number, got {MaxGrossExposure}");
        }

        if (MaxOpenOrders <= 0 || MaxOpenOrders > 1_000_000)
        {
            errors.Add($"Risk.MaxOpenOrders must be within 1..1000000, got {MaxOpenOrders}");
        }

        if (GlobalOrdersPerSecond <= 0 || GlobalOrdersPerSecond > 10_000_000)
        {
            errors.Add($"Risk.GlobalOrdersPerSecond must be within 1..10000000, got {GlobalOrdersPerSecond}");
        }

        if (GlobalBurst <= 0 || GlobalBurst > 10_000_000)
        {
            errors.Add($"Risk.GlobalBurst must be within 1..10000000, got {GlobalBurst}");
        }

        if (RejectsToTrip < 0 || RejectsToTrip > 10_000)
        {
            errors.Add($"Risk.RejectsToTrip must be within 0..10000 (0 = off), got {RejectsToTrip}");
        }

        if (RejectWindowNs <= 0)
        {
            errors.Add($"Risk.RejectWindowNs must be positive, got {RejectWindowNs}");
        }

        if (DuplicateWindowNs < 0)
        {
            errors.Add($"Risk.DuplicateWindowNs must be zero (off) or positive, got {DuplicateWindowNs}");
        }
    }
}
