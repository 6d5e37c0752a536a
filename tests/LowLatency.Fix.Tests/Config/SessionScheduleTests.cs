using LowLatency.Fix.Config.Schedule;

namespace LowLatency.Fix.Tests.Config;

public class SessionScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static long Utc(int year, int month, int day, int hour, int minute, int second = 0, int millisecond = 0) =>
        (new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static long StartOf(SessionSchedule schedule, long t)
    {
        Assert.True(schedule.TryGetSessionStart(t, out long start), $"{schedule} should be in session");
        return start;
    }

    [Fact]
    public void ADailyWindowIncludesItsStartAndItsWholeEndSecond()
    {
        var s = SessionSchedule.Daily(new TimeOnly(8, 0), new TimeOnly(17, 0));

        Assert.False(s.IsInSession(Utc(2026, 1, 5, 7, 59, 59, 999)));
        Assert.True(s.IsInSession(Utc(2026, 1, 5, 8, 0)));
        Assert.True(s.IsInSession(Utc(2026, 1, 5, 12, 0)));
        Assert.True(s.IsInSession(Utc(2026, 1, 5, 17, 0, 0, 999)));
        Assert.False(s.IsInSession(Utc(2026, 1, 5, 17, 0, 1)));
        Assert.False(s.TryGetSessionStart(Utc(2026, 1, 5, 18, 0), out _));
        Assert.Equal(Utc(2026, 1, 5, 8, 0), StartOf(s, Utc(2026, 1, 5, 16, 0)));
    }

    [Fact]
    public void ADailyWindowEndingBeforeItStartsCrossesMidnight()
    {
        var s = SessionSchedule.Daily(new TimeOnly(22, 0), new TimeOnly(6, 0));

        Assert.True(s.IsInSession(Utc(2026, 1, 5, 23, 0)));
        Assert.True(s.IsInSession(Utc(2026, 1, 6, 5, 59)));
        Assert.False(s.IsInSession(Utc(2026, 1, 6, 6, 0, 1)));
        Assert.False(s.IsInSession(Utc(2026, 1, 6, 12, 0)));
        Assert.False(s.IsInSession(Utc(2026, 1, 6, 21, 59, 59)));

        // After midnight the period still began yesterday evening.
        Assert.Equal(Utc(2026, 1, 5, 22, 0), StartOf(s, Utc(2026, 1, 6, 3, 0)));
        Assert.Equal(Utc(2026, 1, 6, 22, 0), StartOf(s, Utc(2026, 1, 6, 22, 30)));
        Assert.True(s.IsSameSession(Utc(2026, 1, 5, 23, 0), Utc(2026, 1, 6, 5, 0)));
        Assert.False(s.IsSameSession(Utc(2026, 1, 5, 23, 0), Utc(2026, 1, 6, 23, 0)));
    }

    [Fact]
    public void StartEqualToEndIsAlwaysInSessionButStartsANewPeriodDaily()
    {
        var s = SessionSchedule.Daily(new TimeOnly(0, 0), new TimeOnly(0, 0));

        Assert.True(s.IsInSession(Utc(2026, 1, 5, 0, 0)));
        Assert.True(s.IsInSession(Utc(2026, 1, 5, 23, 59, 59, 999)));
        Assert.Equal(Utc(2026, 1, 5, 0, 0), StartOf(s, Utc(2026, 1, 5, 23, 59, 59, 999)));
        Assert.Equal(Utc(2026, 1, 6, 0, 0), StartOf(s, Utc(2026, 1, 6, 0, 0)));
    }

    [Fact]
    public void AWholeDayToTheLastSecondStillResetsAtStart()
    {
        var s = SessionSchedule.Daily(new TimeOnly(0, 0), new TimeOnly(23, 59, 59));

        Assert.True(s.IsInSession(Utc(2026, 1, 5, 23, 59, 59, 500)));
        Assert.True(s.NeedsReset(Utc(2026, 1, 5, 9, 0), Utc(2026, 1, 6, 0, 0, 1)));
    }

    [Fact]
    public void AStoreCreatedBeforeTheCurrentPeriodNeedsAReset()
    {
        var s = SessionSchedule.Daily(new TimeOnly(8, 0), new TimeOnly(17, 0));

        Assert.True(s.NeedsReset(Utc(2026, 1, 5, 9, 0), Utc(2026, 1, 6, 8, 0, 0)));
        Assert.False(s.NeedsReset(Utc(2026, 1, 6, 8, 0), Utc(2026, 1, 6, 16, 0)));
        Assert.False(s.NeedsReset(Utc(2026, 1, 6, 7, 0), Utc(2026, 1, 6, 7, 30))); // outside the window: nothing to reset into yet
        Assert.True(s.NeedsReset(Utc(2026, 1, 6, 7, 0), Utc(2026, 1, 6, 8, 0, 1)));
    }

    [Fact]
    public void WallClockTimesFollowTheTimeZoneAcrossDaylightSaving()
    {
        // 09:30-16:00 New York: 14:30Z in winter (EST, -5), 13:30Z after the spring change (EDT, -4).
        var s = SessionSchedule.Daily(new TimeOnly(9, 30), new TimeOnly(16, 0), NewYork);

        Assert.False(s.IsInSession(Utc(2026, 3, 6, 14, 29)));
        Assert.True(s.IsInSession(Utc(2026, 3, 6, 14, 30)));
        Assert.Equal(Utc(2026, 3, 6, 14, 30), StartOf(s, Utc(2026, 3, 6, 18, 0)));

        Assert.False(s.IsInSession(Utc(2026, 3, 9, 13, 29)));
        Assert.True(s.IsInSession(Utc(2026, 3, 9, 13, 30)));
        Assert.Equal(Utc(2026, 3, 9, 13, 30), StartOf(s, Utc(2026, 3, 9, 18, 0)));
        Assert.False(s.IsInSession(Utc(2026, 3, 9, 20, 0, 1))); // 16:00:01 EDT
    }

    [Fact]
    public void AStartSkippedBySpringForwardBeginsWhenTheClocksJump()
    {
        // 2026-03-08 02:00 EST jumps to 03:00 EDT (07:00Z), so 02:30 never happens that day.
        var s = SessionSchedule.Daily(new TimeOnly(2, 30), new TimeOnly(23, 0), NewYork);

        Assert.Equal(Utc(2026, 3, 8, 7, 0), StartOf(s, Utc(2026, 3, 8, 7, 0)));  // 03:00 EDT, in session
        Assert.Equal(Utc(2026, 3, 8, 7, 0), StartOf(s, Utc(2026, 3, 8, 16, 0)));
        Assert.False(s.IsInSession(Utc(2026, 3, 8, 6, 59))); // 01:59 EST
        Assert.Equal(Utc(2026, 3, 9, 6, 30), StartOf(s, Utc(2026, 3, 9, 12, 0))); // next day 02:30 EDT
    }

    [Fact]
    public void AStartRepeatedByFallBackBeginsAtItsFirstOccurrence()
    {
        // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:30 happens at 05:30Z and again at 06:30Z.
        var s = SessionSchedule.Daily(new TimeOnly(1, 30), new TimeOnly(23, 0), NewYork);

        Assert.Equal(Utc(2026, 11, 1, 5, 30), StartOf(s, Utc(2026, 11, 1, 15, 0)));
        Assert.Equal(Utc(2026, 11, 2, 6, 30), StartOf(s, Utc(2026, 11, 2, 15, 0))); // EST from then on
    }

    [Fact]
    public void AWeeklySessionRunsFromStartDayToEndDay()
    {
        // Sunday 17:00 to Friday 17:00 New York: a futures week.
        var s = SessionSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(17, 0), DayOfWeek.Friday, new TimeOnly(17, 0), NewYork);

        Assert.False(s.IsInSession(Utc(2026, 1, 4, 21, 59)));  // Sun 16:59 EST
        Assert.True(s.IsInSession(Utc(2026, 1, 4, 22, 0)));    // Sun 17:00 EST
        Assert.True(s.IsInSession(Utc(2026, 1, 7, 12, 0)));    // Wednesday
        Assert.True(s.IsInSession(Utc(2026, 1, 9, 22, 0)));    // Fri 17:00:00 EST
        Assert.False(s.IsInSession(Utc(2026, 1, 9, 22, 0, 1))); // Fri 17:00:01
        Assert.False(s.IsInSession(Utc(2026, 1, 10, 12, 0)));   // Saturday
        Assert.Equal(Utc(2026, 1, 4, 22, 0), StartOf(s, Utc(2026, 1, 7, 12, 0)));
        Assert.True(s.IsSameSession(Utc(2026, 1, 5, 1, 0), Utc(2026, 1, 9, 21, 0)));
        Assert.True(s.NeedsReset(Utc(2026, 1, 9, 21, 0), Utc(2026, 1, 11, 22, 0)));
    }

    [Fact]
    public void AWeeklySessionStartingOnTheDaylightSavingSundayUsesTheNewOffset()
    {
        var s = SessionSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(17, 0), DayOfWeek.Friday, new TimeOnly(17, 0), NewYork);

        Assert.Equal(Utc(2026, 3, 1, 22, 0), StartOf(s, Utc(2026, 3, 4, 12, 0))); // EST week
        Assert.Equal(Utc(2026, 3, 8, 21, 0), StartOf(s, Utc(2026, 3, 11, 12, 0))); // DST began that morning
    }

    [Fact]
    public void AWeeklySessionMayWrapOverTheWeekend()
    {
        var s = SessionSchedule.Weekly(DayOfWeek.Friday, new TimeOnly(22, 0), DayOfWeek.Monday, new TimeOnly(6, 0));

        Assert.True(s.IsInSession(Utc(2026, 1, 10, 12, 0)));  // Saturday
        Assert.True(s.IsInSession(Utc(2026, 1, 12, 5, 0)));   // Monday morning
        Assert.False(s.IsInSession(Utc(2026, 1, 14, 12, 0))); // Wednesday
        Assert.Equal(Utc(2026, 1, 9, 22, 0), StartOf(s, Utc(2026, 1, 12, 5, 0)));
    }

    [Fact]
    public void AlwaysIsInSessionHasNoPeriodsAndNeverResets()
    {
        var s = SessionSchedule.Always;

        Assert.True(s.IsAlways);
        Assert.True(s.IsInSession(Utc(2026, 1, 5, 3, 0)));
        Assert.False(s.TryGetSessionStart(Utc(2026, 1, 5, 3, 0), out _));
        Assert.False(s.NeedsReset(0, Utc(2030, 1, 1, 0, 0)));
        Assert.True(s.IsSameSession(0, Utc(2030, 1, 1, 0, 0)));
    }

    [Fact]
    public void TheTextFormReadsLikeTheSettings()
    {
        Assert.Equal("daily 22:00:00 - 06:00:00 UTC", SessionSchedule.Daily(new TimeOnly(22, 0), new TimeOnly(6, 0)).ToString());
        Assert.Equal(
            "weekly Sunday 17:00:00 - Friday 17:00:00 America/New_York",
            SessionSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(17, 0), DayOfWeek.Friday, new TimeOnly(17, 0), NewYork).ToString());
    }
}
