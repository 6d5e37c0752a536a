using System.Diagnostics;
using LowLatency.Fix.Messages;
using LowLatency.Testing;
using LowLatency.Venue.Config;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>Every fault mode of a venue, as the FIX client on the other end of a real socket experiences it.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly List<IDisposable> _cleanup = new();

    [Fact]
    public void EveryNthOrderIsRejectedWithSimulatedFaultInText()
    {
        VenueClient client = Start(new FaultInjectionConfig { RejectEveryNthOrder = 2 });

        for (int i = 1; i <= 4; i++)
        {
            client.SendOrder($"O{i}", "ACME", '1', "1", $"9{i}.00");
        }

        foreach (string id in new[] { "O2", "O4" })
        {
            ReceivedMessage reject = client.WaitForReport(id, '8');
            Assert.Equal(("simulated fault", "0", "8"), (reject[FixTag.Text], reject[FixTag.OrdRejReason], reject[FixTag.OrdStatus]));
        }

        client.WaitForReport("O1", '0');
        client.WaitForReport("O3", '0');
        Assert.Equal(2, _venue!.Stats.FaultRejects);
    }

    [Fact]
    public void DelayedMessagesLeaveOnlyWhenTheVenueClockHasMovedOnByTheDelay()
    {
        var clock = new OffsetClock();
        VenueClient client = Start(new FaultInjectionConfig { MessageDelay = TimeSpan.FromSeconds(60) }, clock: clock);

        client.SendOrder("O1", "ACME", '1', "1", "99.00");

        Assert.Null(client.Inbox.WaitFor(m => m.MsgType == "8", TimeSpan.FromMilliseconds(300)));
        clock.Shift(TimeSpan.FromSeconds(60));
        ReceivedMessage ack = client.WaitForReport("O1", '0');
        Assert.True(UtcTimestampNanos(ack[FixTag.SendingTime]!) - UtcTimestampNanos(ack[FixTag.TransactTime]!) >= 60_000_000_000L,
            $"sent at {ack[FixTag.SendingTime]}, accepted at {ack[FixTag.TransactTime]}");
        Assert.True(_venue!.Stats.DelayedMessages >= 1);
    }

    [Fact]
    public void AddedLatencyHoldsOrderRepliesButNotMarketData()
    {
        VenueClient client = Start(FaultInjectionConfig.None, addedLatency: TimeSpan.FromMilliseconds(50));
        client.Subscribe("MD", "ACME");
        client.WaitFor(m => m.MsgType == "W");

        long sent = Stopwatch.GetTimestamp();
        client.SendOrder("O1", "ACME", '1', "1", "99.00");
        ReceivedMessage ack = client.WaitForReport("O1", '0');
        TimeSpan took = Stopwatch.GetElapsedTime(sent);

        Assert.True(took >= TimeSpan.FromMilliseconds(50), $"the acknowledgement came after {took.TotalMilliseconds} ms");
        IReadOnlyList<ReceivedMessage> received = client.Inbox.Messages;
        int incremental = received.ToList().FindIndex(m => m.MsgType == "X");
        Assert.InRange(incremental, 0, received.ToList().IndexOf(ack) - 1); // the level reached the feed before the acknowledgement
    }

    [Fact]
    public void ADroppedMessageIsARealSequenceGapTheClientResendRequestsAndGetsFilled()
    {
        VenueClient client = Start(new FaultInjectionConfig { DropEveryNthMessage = 3 });

        for (int i = 1; i <= 4; i++)
        {
            client.SendOrder($"O{i}", "ACME", '1', "1", $"9{i}.00");
        }

        for (int i = 1; i <= 4; i++)
        {
            client.WaitForReport($"O{i}", '0');
        }

        Assert.Contains(client.Log.Events, e => e.Contains("sent ResendRequest", StringComparison.Ordinal));
        Assert.Contains(client.Log.Outgoing, m => m.Contains("|35=2|", StringComparison.Ordinal));
        Assert.True(client.Inbox.Messages.Single(m => m[FixTag.ClOrdID] == "O3").PossDup, "the dropped acknowledgement arrives as a resend");
    }

    [Fact]
    public void ASilentVenueIsTestRequestedThenDroppedByTheClientWhichReconnectsAndRecoversWhatItMissed()
    {
        VenueClient client = Start(new FaultInjectionConfig { GoSilentAfterMessages = 2 }, heartBtInt: 1, cancelOnDisconnect: false);
        client.SendOrder("O1", "ACME", '1', "1", "91.00");
        client.SendOrder("O2", "ACME", '1', "1", "92.00");
        client.WaitForReport("O2", '0');

        client.SendOrder("O3", "ACME", '1', "1", "93.00");

        Assert.True(client.Log.WaitForEvent("Timed out waiting for heartbeat", VenueClient.Timeout), string.Join("\n", client.Log.Events));
        Assert.Contains(client.Log.Outgoing, m => m.Contains("|35=1|", StringComparison.Ordinal)); // the TestRequest nobody answered
        ReceivedMessage missed = client.WaitForReport("O3", '0');
        Assert.True(missed.PossDup, "after reconnecting the client asked for what the silent venue had sent into the void");
    }

    [Fact]
    public void ADroppedSessionIsARealDisconnectAfterWhichTheClientReconnectsAndRecoversTheLostMessage()
    {
        VenueClient client = Start(new FaultInjectionConfig { DropSessionAfterMessages = 2 }, cancelOnDisconnect: false);
        client.SendOrder("O1", "ACME", '1', "1", "91.00");
        client.SendOrder("O2", "ACME", '1', "1", "92.00");
        client.WaitForReport("O2", '0');

        client.SendOrder("O3", "ACME", '1', "1", "93.00");

        Assert.True(client.Log.WaitForEvent("Disconnected", VenueClient.Timeout));
        ReceivedMessage lost = client.WaitForReport("O3", '0');
        Assert.True(lost.PossDup);
        Assert.True(Wait.Until(() => client.Session.IsLoggedOn, VenueClient.Timeout));
    }

    [Fact]
    public void DroppingASessionOnCommandDisconnectsItsClient()
    {
        VenueClient client = Start(FaultInjectionConfig.None, cancelOnDisconnect: false);

        Assert.True(_venue!.DropSession("CLIENT1"));

        Assert.True(client.Log.WaitForEvent("Disconnected", VenueClient.Timeout));
        Assert.True(Wait.Until(() => client.Session.IsLoggedOn, VenueClient.Timeout), "the client logs on again");
        Assert.False(_venue.DropSession("NOBODY"));
    }

    public void Dispose()
    {
        for (int i = _cleanup.Count - 1; i >= 0; i--)
        {
            _cleanup[i].Dispose();
        }
    }

    private RunningVenue? _venue;

    private VenueClient Start(FaultInjectionConfig faults, OffsetClock? clock = null, TimeSpan addedLatency = default, int heartBtInt = 30, bool cancelOnDisconnect = true)
    {
        VenueHostOptions options = TestHosts.Options with { Clock = clock ?? TestHosts.Options.Clock };
        VenueHost host = TestHosts.Start(TestHosts.Config(faults: faults, addedLatency: addedLatency, cancelOnDisconnect: cancelOnDisconnect), options);
        _cleanup.Add(host);
        _venue = host.Venues[0];
        VenueClient client = VenueClient.Connect(_venue, "CLIENT1", heartBtInt);
        _cleanup.Add(client);
        return client;
    }

    private static long UtcTimestampNanos(string text)
    {
        var when = DateTime.ParseExact(text, "yyyyMMdd-HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        return (when.Ticks - DateTime.UnixEpoch.Ticks) * 100;
    }
}
