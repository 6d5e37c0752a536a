namespace LowLatency.Fix.Config.Schedule;

/// <summary>
/// When a FIX session may be logged on, with QuickFIX semantics: a daily window (StartTime..EndTime),
/// a weekly one (StartDay StartTime .. EndDay EndTime) or always (NonStopSession), in a time zone (UTC
/// unless told). The session layer asks <see cref="IsInSession"/> on its timer and resets the store when
/// <see cref="NeedsReset"/> says the store was created before the current session period began.
/// </summary>
/// <remarks>
/// Invariants and conventions:
/// <list type="bullet">
/// <item>Times are wall-clock times in <see cref="TimeZone"/>: a 17:00 New York start is 17:00 local
/// on both sides of a DST change.</item>
/// <item>An end earlier than the start crosses midnight (daily) or the week end (weekly).</item>
/// <item>The end second is inclusive (QuickFIX compares whole seconds, both ends included), so
/// 00:00:00..23:59:59 is a full day that still starts a new session period every midnight.</item>
/// <item>Start equal to end is a full period that starts anew at that time (QuickFIX's daily reset).</item>
/// <item>A start wall time skipped by DST (02:30 on a spring-forward day) begins at the instant the
/// clocks jump (03:00 local), so the start never follows a wall time already in session; a repeated one
/// (fall-back) begins at its first occurrence.</item>
/// </list>
/// Not a hot path: called from session timers at most a few times per second.
/// </remarks>
public sealed class SessionSchedule
{
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;
    private const long TicksPerDay = TimeSpan.TicksPerDay;
    private const long TicksPerWeek = 7 * TicksPerDay;
    private const long UnixEpochTicks = 621_355_968_000_000_000L;

    private readonly long _period;
    private readonly long _startPosition;
    private readonly long _inSessionSpan;
    private readonly bool _fullPeriod;
    private readonly bool _fixedUtc;

    private SessionSchedule()
    {
        IsAlways = true;
        TimeZone = TimeZoneInfo.Utc;
        _fixedUtc = true;
    }

    private SessionSchedule(TimeOnly start, TimeOnly end, DayOfWeek? startDay, DayOfWeek? endDay, TimeZoneInfo zone)
    {
        StartTime = start;
        EndTime = end;
        StartDay = startDay;
        EndDay = endDay;
        TimeZone = zone;
        _fixedUtc = zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
        bool weekly = startDay.HasValue;
        _period = weekly ? TicksPerWeek : TicksPerDay;
        _startPosition = (weekly ? (int)startDay!.Value * TicksPerDay : 0) + start.Ticks;
        long endPosition = (weekly ? (int)endDay!.Value * TicksPerDay : 0) + end.Ticks;
        long duration = Mod(endPosition - _startPosition, _period);
        _inSessionSpan = duration + TicksPerSecond;
        _fullPeriod = duration == 0 || _inSessionSpan >= _period;
    }

    /// <summary>A session that is always in session and never reset by the clock (QuickFIX NonStopSession=Y).</summary>
    public static SessionSchedule Always { get; } = new();

    /// <summary>True for <see cref="Always"/>.</summary>
    public bool IsAlways { get; }

    /// <summary>Start time of day (wall clock in <see cref="TimeZone"/>); default for <see cref="Always"/>.</summary>
    public TimeOnly StartTime { get; }

    /// <summary>End time of day, inclusive to the second.</summary>
    public TimeOnly EndTime { get; }

    /// <summary>First day of a weekly session, or null for a daily one.</summary>
    public DayOfWeek? StartDay { get; }

    /// <summary>Last day of a weekly session, or null for a daily one.</summary>
    public DayOfWeek? EndDay { get; }

    /// <summary>The zone the wall-clock times are in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>True when the schedule repeats weekly.</summary>
    public bool IsWeekly => StartDay.HasValue;

    /// <summary>A session every day from <paramref name="start"/> to <paramref name="end"/> (crossing midnight if end &lt; start).</summary>
    public static SessionSchedule Daily(TimeOnly start, TimeOnly end, TimeZoneInfo? zone = null) =>
        new(start, end, null, null, zone ?? TimeZoneInfo.Utc);

    /// <summary>One session a week from <paramref name="startDay"/> <paramref name="start"/> to <paramref name="endDay"/> <paramref name="end"/>.</summary>
    public static SessionSchedule Weekly(DayOfWeek startDay, TimeOnly start, DayOfWeek endDay, TimeOnly end, TimeZoneInfo? zone = null) =>
        new(start, end, startDay, endDay, zone ?? TimeZoneInfo.Utc);

    /// <summary>True when <paramref name="utcEpochNanos"/> falls inside a session period.</summary>
    public bool IsInSession(long utcEpochNanos)
    {
        if (IsAlways || _fullPeriod)
        {
            return true;
        }

        return DeltaFromStart(ToLocal(utcEpochNanos)) < _inSessionSpan;
    }

    /// <summary>
    /// The UTC start of the session period that contains <paramref name="utcEpochNanos"/>; false when the
    /// time is outside every period, and for <see cref="Always"/> (which has no periods).
    /// </summary>
    public bool TryGetSessionStart(long utcEpochNanos, out long sessionStartUtcEpochNanos)
    {
        sessionStartUtcEpochNanos = 0;
        if (IsAlways)
        {
            return false;
        }

        DateTime local = ToLocal(utcEpochNanos);
        long delta = DeltaFromStart(local);
        if (!_fullPeriod && delta >= _inSessionSpan)
        {
            return false;
        }

        // Wall-clock arithmetic: the start is the same wall time on the start date, whatever DST did since.
        DateTime startLocal = new(local.Ticks - delta, DateTimeKind.Unspecified);
        sessionStartUtcEpochNanos = (LocalToUtc(startLocal).Ticks - UnixEpochTicks) * 100;
        return true;
    }

    /// <summary>True when both instants lie in the same session period (false if either is outside; always true for <see cref="Always"/>).</summary>
    public bool IsSameSession(long aUtcEpochNanos, long bUtcEpochNanos)
    {
        if (IsAlways)
        {
            return true;
        }

        return TryGetSessionStart(aUtcEpochNanos, out long a) && TryGetSessionStart(bUtcEpochNanos, out long b) && a == b;
    }

    /// <summary>
    /// QuickFIX's daily reset rule: in session now, and the store was created before this period began,
    /// so sequence numbers and stored messages belong to an earlier session and must be reset.
    /// </summary>
    public bool NeedsReset(long storeCreationUtcEpochNanos, long nowUtcEpochNanos) =>
        TryGetSessionStart(nowUtcEpochNanos, out long start) && storeCreationUtcEpochNanos < start;

    public override string ToString()
    {
        if (IsAlways)
        {
            return "always";
        }

        return IsWeekly
            ? $"weekly {StartDay} {StartTime:HH:mm:ss} - {EndDay} {EndTime:HH:mm:ss} {TimeZone.Id}"
            : $"daily {StartTime:HH:mm:ss} - {EndTime:HH:mm:ss} {TimeZone.Id}";
    }

    /// <summary>
    /// The instant the clocks jump over <paramref name="wall"/> (a spring-forward gap): every wall time
    /// after the gap is then at or after the session start. Bisects between the two candidate offsets;
    /// transitions are months apart, so twelve hours either side are safely before and after.
    /// </summary>
    private DateTime GapEnd(DateTime wall)
    {
        var guess = new DateTime(wall.Ticks - TimeZone.BaseUtcOffset.Ticks, DateTimeKind.Utc);
        TimeSpan before = TimeZone.GetUtcOffset(guess.AddHours(-12));
        TimeSpan after = TimeZone.GetUtcOffset(guess.AddHours(12));
        long low = wall.Ticks - after.Ticks;   // still on the old offset
        long high = wall.Ticks - before.Ticks; // already on the new one
        while (high - low > 1)
        {
            long middle = low + ((high - low) / 2);
            if (TimeZone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == after)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new DateTime(high, DateTimeKind.Utc);
    }

    private static long Mod(long value, long period)
    {
        long r = value % period;
        return r < 0 ? r + period : r;
    }

    private long DeltaFromStart(DateTime local)
    {
        long position = (IsWeekly ? (int)local.DayOfWeek * TicksPerDay : 0) + local.TimeOfDay.Ticks;
        return Mod(position - _startPosition, _period);
    }

    private DateTime ToLocal(long utcEpochNanos)
    {
        var utc = new DateTime((utcEpochNanos / 100) + UnixEpochTicks, DateTimeKind.Utc);
        return _fixedUtc ? utc : TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
    }

    private DateTime LocalToUtc(DateTime wall)
    {
        if (_fixedUtc)
        {
            return new DateTime(wall.Ticks, DateTimeKind.Utc);
        }

        if (TimeZone.IsInvalidTime(wall))
        {
            return GapEnd(wall);
        }

        TimeSpan offset;
        if (TimeZone.IsAmbiguousTime(wall))
        {
            // Repeated by a fall-back: the first occurrence has the larger offset.
            TimeSpan[] offsets = TimeZone.GetAmbiguousTimeOffsets(wall);
            offset = offsets[0] > offsets[1] ? offsets[0] : offsets[1];
        }
        else
        {
            offset = TimeZone.GetUtcOffset(wall);
        }

        return new DateTime(wall.Ticks - offset.Ticks, DateTimeKind.Utc);
    }
}
