using LowLatency.Fix.Config.Schedule;

namespace LowLatency.Fix.Tests.Session;

/// <summary>The session settings a rule test varies (everything else is the test default).</summary>
public sealed record HarnessOptions
{
    public int HeartBtInt { get; init; } = 30;

    public bool PersistMessages { get; init; } = true;

    public bool ResetOnLogon { get; init; }

    public bool ResetOnLogout { get; init; }

    public bool ResetOnDisconnect { get; init; }

    public bool CheckLatency { get; init; } = true;

    public TimeSpan MaxLatency { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan LogonTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan LogoutTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan ReconnectInterval { get; init; } = TimeSpan.FromSeconds(30);

    public SessionSchedule Schedule { get; init; } = SessionSchedule.Always;

    /// <summary>A file store here (restart tests); null: memory.</summary>
    public string? FileStorePath { get; init; }

    /// <summary>Session log: false uses the settings' own (a file log under <see cref="FileLogPath"/>, or none) instead of recording.</summary>
    public bool RecordLog { get; init; } = true;

    public string? FileLogPath { get; init; }

    /// <summary>The fake clock's start (UTC).</summary>
    public DateTime Start { get; init; } = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
}
