using LowLatency.Fix.Transport;

namespace LowLatency.Fix.Tests.Transport;

/// <summary>The initiator's reconnect wait: the interval, doubling per failed attempt to a cap, back to the interval after a logon.</summary>
public sealed class ReconnectBackoffTests
{
    private const long Second = 1_000_000_000;

    [Fact]
    public void EachFailedAttemptDoublesTheWaitUpToTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
        long[] waits = Enumerable.Range(0, 6).Select(_ => backoff.NextDelayNs()).ToArray();
        Assert.Equal([5 * Second, 10 * Second, 20 * Second, 30 * Second, 30 * Second, 30 * Second], waits);
    }

    [Fact]
    public void ALogonBringsTheWaitBackToTheInterval()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
        backoff.NextDelayNs();
        backoff.NextDelayNs();
        backoff.OnLoggedOn();
        Assert.Equal(5 * Second, backoff.NextDelayNs());
    }

    [Fact]
    public void ACapBelowTheIntervalIsTheInterval()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));
        Assert.Equal(30 * Second, backoff.NextDelayNs());
        Assert.Equal(30 * Second, backoff.NextDelayNs());
    }
}
