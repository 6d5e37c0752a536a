using System.Numerics;
using System.Text;

namespace LowLatency.Execution.Config;

/// <summary>Order table sizing, client order id format and request timeouts.</summary>
public sealed record OrderSettings
{
    /// <summary>Longest ClOrdID prefix: prefix + 19 digits stay under the 32 bytes venues commonly accept.</summary>
    public const int MaxPrefixLength = 12;

    /// <summary>Order slots, a power of two: the low bits of every ClOrdID number are the slot (O(1) lookup).</summary>
    public int Capacity { get; init; } = 4096;

    /// <summary>
    /// ASCII prefix of every ClOrdID (e.g. the engine instance and trading day) so ids never collide with another
    /// engine's or a previous run's on the same venue session.
    /// </summary>
    public string ClOrdIdPrefix { get; init; } = "E";

    /// <summary>First id sequence; a restarted engine continues after the journal's highest.</summary>
    public long InitialSequence { get; init; } = 1;

    /// <summary>A request (new, cancel, replace) unanswered for this long is chased with an OrderStatusRequest.</summary>
    public long AckTimeoutNs { get; init; } = 2_000_000_000;

    /// <summary>
    /// Requests one order may have outstanding at once: 1 = no cancel before the new is acknowledged, 2 = a cancel
    /// may chase an unacknowledged new. Cancel/replace never chain (one of them at a time).
    /// </summary>
    public int MaxInFlightPerOrder { get; init; } = 2;

    /// <summary>Account (1) on every order; empty = not sent.</summary>
    public string Account { get; init; } = "";

    internal void Validate(List<string> errors)
    {
        if (Capacity < 16 || Capacity > 1 << 22 || !BitOperations.IsPow2(Capacity))
        {
            errors.Add($"Orders.Capacity must be a power of two within 16..{1 << 22}, got {Capacity}");
        }

        if (ClOrdIdPrefix is null || ClOrdIdPrefix.Length > MaxPrefixLength || !Ascii.IsValid(ClOrdIdPrefix) ||
            ClOrdIdPrefix.Contains('\u0001', StringComparison.Ordinal) || (ClOrdIdPrefix.Length > 0 && char.IsAsciiDigit(ClOrdIdPrefix[^1])))
        {
            errors.Add($"Orders.ClOrdIdPrefix must be 0..{MaxPrefixLength} ASCII characters without SOH, not ending in a digit, got '{ClOrdIdPrefix}'");
        }

        if (InitialSequence < 1 || InitialSequence > 1L << 40)
        {
            errors.Add($"Orders.InitialSequence must be within 1..{1L << 40}, got {InitialSequence}");
        }

        if (AckTimeoutNs <= 0)
        {
            errors.Add($"Orders.AckTimeoutNs must be positive, got {AckTimeoutNs}");
        }

        if (MaxInFlightPerOrder is < 1 or > 2)
        {
            errors.Add($"Orders.MaxInFlightPerOrder must be 1 or 2, got {MaxInFlightPerOrder}");
        }

        if (Account is null || Account.Length > 32 || !Ascii.IsValid(Account) || Account.Contains('\u0001', StringComparison.Ordinal))
        {
            errors.Add($"Orders.Account must be 0..32 ASCII characters without SOH, got '{Account}'");
        }
    }
}
