namespace LowLatency.Venue.Config;

/// <summary>
/// Faults a venue injects for reliability tests. Every count is per FIX session and 0 disables the fault.
/// "Messages" are the application messages the venue sends on the session; "orders" the NewOrderSingles it receives.
/// </summary>
public sealed record FaultInjectionConfig
{
    /// <summary>No faults.</summary>
    public static FaultInjectionConfig None { get; } = new();

    /// <summary>Disconnect the session instead of sending message N+1.</summary>
    public int DropSessionAfterMessages { get; init; }

    /// <summary>Reject orders N, 2N, 3N… with Text(58) "simulated fault" (1 rejects every order).</summary>
    public int RejectEveryNthOrder { get; init; }

    /// <summary>Hold every outbound message this long before sending.</summary>
    public TimeSpan MessageDelay { get; init; }

    /// <summary>Silently drop messages N, 2N, 3N… (N ≥ 2; to drop everything use <see cref="GoSilentAfterMessages"/>).</summary>
    public int DropEveryNthMessage { get; init; }

    /// <summary>After N messages stop sending anything, heartbeats included, while keeping the connection open.</summary>
    public int GoSilentAfterMessages { get; init; }

    /// <summary>Upper bound on <see cref="MessageDelay"/>: a longer delay is a configuration mistake, not a test.</summary>
    public static TimeSpan MaxMessageDelay { get; } = TimeSpan.FromSeconds(60);

    public bool IsEnabled =>
        DropSessionAfterMessages > 0 || RejectEveryNthOrder > 0 || MessageDelay > TimeSpan.Zero || DropEveryNthMessage > 0 || GoSilentAfterMessages > 0;

    internal void Validate(string where, List<string> errors)
    {
        NonNegative(where, nameof(DropSessionAfterMessages), DropSessionAfterMessages, errors);
        NonNegative(where, nameof(RejectEveryNthOrder), RejectEveryNthOrder, errors);
        NonNegative(where, nameof(GoSilentAfterMessages), GoSilentAfterMessages, errors);
        if (DropEveryNthMessage is < 0 or 1)
        {
            errors.Add($"{where}: Faults.{nameof(DropEveryNthMessage)} must be 0 (off) or at least 2, got {DropEveryNthMessage}; to drop everything use {nameof(GoSilentAfterMessages)}");
        }

        if (MessageDelay < TimeSpan.Zero || MessageDelay > MaxMessageDelay)
        {
            errors.Add($"{where}: Faults.{nameof(MessageDelay)} must be between 0 and {MaxMessageDelay.TotalSeconds} s, got {MessageDelay.TotalMilliseconds} ms");
        }
    }

    private static void NonNegative(string where, string name, int value, List<string> errors)
    {
        if (value < 0)
        {
            errors.Add($"{where}: Faults.{name} must be 0 (off) or positive, got {value}");
        }
    }
}
