namespace LowLatency.Ring.Tests.Support;

/// <summary>Generous bounds for event-based waits: a failing test fails instead of hanging the suite.</summary>
public static class Waits
{
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(60);

    /// <summary>For "this has NOT happened yet" checks, where waiting the full time is the passing case.</summary>
    public static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    public static void Join(Thread thread) =>
        Assert.True(thread.Join(Long), $"thread '{thread.Name}' did not finish within {Long}");
}
