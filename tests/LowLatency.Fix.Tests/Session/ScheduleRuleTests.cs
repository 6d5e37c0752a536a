using LowLatency.Fix.Config.Schedule;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>The daily session schedule: logout at EndTime, no logon outside it, sequence numbers reset when a new period starts.</summary>
public sealed class ScheduleRuleTests
{
    private static readonly SessionSchedule NineToFive = SessionSchedule.Daily(new TimeOnly(9, 0), new TimeOnly(17, 0));

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void TheSessionLogsOutWhenTheSessionTimeEnds(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { Schedule = NineToFive, Start = Utc(5, 16, 59, 50) });
        h.LogOn();
        h.Advance(TimeSpan.FromSeconds(10)); // 17:00:00 is still in session (the end second is inclusive)
        Assert.True(h.Session.IsLoggedOn);

        h.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Session time ended", h.Peer.Expect("5", skipHeartbeats: true)[58]);
        h.Peer.Send("5");
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.WaitDisconnected());
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void SequenceNumbersResetWhenTheNextSessionStarts(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { Schedule = NineToFive, Start = Utc(5, 16, 0, 0) });
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        h.Peer.Expect("D");
        h.Peer.Send("5");
        h.Peer.Expect("5");
        Assert.True(h.WaitDisconnected());
        h.Advance(TimeSpan.FromHours(2)); // evening: out of session, numbers kept
        Assert.Equal(4, h.Session.NextSenderSeqNum);

        h.Advance(TimeSpan.FromHours(15)); // 09:00 next day: a new session period

        // The tick that reset the numbers may also have started the initiator's connection, whose Logon (seq 1) can
        // already be out over a socket: then the next number is 2. Not reset would be 4 or more.
        Assert.InRange(h.Session.NextSenderSeqNum, 1, 2);
        Assert.Equal(1, h.Session.NextTargetSeqNum); // the peer has sent nothing in this period yet
        h.LogOn();
        Assert.Equal(1, h.Peer.History[0].SeqNum);
        Assert.True(h.Log.HasEvent("New session period"));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void NoLogonHappensOutsideTheSessionTime(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { Schedule = NineToFive, Start = Utc(5, 18, 0, 0) });
        if (h.Role == ConnectionType.Acceptor)
        {
            h.Connect();
            h.Peer.SendLogon();
            Assert.Equal("Logon outside of session time", h.Peer.Expect("5")[58]);
            Assert.True(h.Peer.WaitForDisconnect());
        }
        else if (!h.OverSockets)
        {
            h.Connect();
            Assert.True(h.Peer.WaitForDisconnect()); // not even a Logon is sent
            Assert.Empty(h.Peer.History);
        }
        else
        {
            h.Engine.Tick();
            h.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(0, h.Engine.Connectors[0].Attempts); // the initiator does not connect out of hours
        }

        Assert.Equal(0, h.Recorder.Logons);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ANewPeriodWhileLoggedOnLogsOutAndResets(SessionMode mode)
    {
        SessionSchedule midnightToMidnight = SessionSchedule.Daily(TimeOnly.MinValue, TimeOnly.MinValue);
        using var h = new SessionHarness(mode, new HarnessOptions { Schedule = midnightToMidnight, Start = Utc(5, 23, 59, 50) });
        h.LogOn();
        h.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal("New session period: sequence numbers reset", h.Peer.Expect("5", skipHeartbeats: true)[58]);
        h.Peer.Send("5");
        Assert.True(h.WaitDisconnected());
        h.Engine.Tick();
        Assert.Equal(1, h.Session.NextSenderSeqNum);
        Assert.Equal(FixSessionStatus.Disconnected, h.Session.Status);
    }

    private static DateTime Utc(int day, int hour, int minute, int second) => new(2026, 1, day, hour, minute, second, DateTimeKind.Utc);
}
