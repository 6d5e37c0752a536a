using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Schedule;
using LowLatency.Fix.Store;
using K = LowLatency.Fix.Config.Sessions.FixSettingKeys;

namespace LowLatency.Fix.Config.Sessions;

/// <summary>
/// Binds QuickFIX-style <c>[DEFAULT]</c> and <c>[SESSION]</c> sections to <see cref="FixSessionSettings"/>:
/// every <c>[SESSION]</c> inherits the <c>[DEFAULT]</c> values it does not set; required keys, values
/// and cross-field rules are checked, and any problem stops start-up naming file, line and key.
/// </summary>
public static class FixSessionSettingsBinder
{
    public const string DefaultSectionName = "DEFAULT";
    public const string SessionSectionName = "SESSION";

    private static readonly string[] SupportedBeginStrings = ["FIX.4.2", "FIX.4.3", "FIX.4.4"];

    /// <summary>Loads a file that holds only FIX session settings: parse, bind, and reject anything unknown.</summary>
    public static IReadOnlyList<FixSessionSettings> Load(string path) => LoadFile(path, sharedFile: false);

    /// <summary>
    /// The sessions of a file that also holds other components' sections (the shipped engine.ini's [SERVER], venues.ini's
    /// [VENUE]): [DEFAULT]/[SESSION] are checked key by key, the other sections are left to their owners' loaders.
    /// </summary>
    public static IReadOnlyList<FixSessionSettings> LoadShared(string path) => LoadFile(path, sharedFile: true);

    private static IReadOnlyList<FixSessionSettings> LoadFile(string path, bool sharedFile)
    {
        IniDocument document = IniDocument.Load(path);
        var binder = new ConfigBinder(document);
        IReadOnlyList<FixSessionSettings> sessions = Bind(binder);
        if (sharedFile)
        {
            binder.CompleteClaimed();
        }
        else
        {
            binder.Complete();
        }

        if (sessions.Count == 0)
        {
            throw new FixConfigException(path, 0, null, "no [SESSION] section");
        }

        return sessions;
    }

    /// <summary>
    /// Binds the <c>[DEFAULT]</c> and <c>[SESSION]</c> sections of a document that may also hold other
    /// components' sections; the caller calls <see cref="ConfigBinder.Complete"/> once every component has bound.
    /// </summary>
    public static IReadOnlyList<FixSessionSettings> Bind(ConfigBinder binder)
    {
        ArgumentNullException.ThrowIfNull(binder);
        IniSection? defaults = binder.SingleSection(DefaultSectionName);
        IReadOnlyList<IniSection> sections = binder.Sections(SessionSectionName);
        if (defaults is not null && sections.Count == 0)
        {
            throw new FixConfigException(
                defaults.Path, defaults.Line, null, "[DEFAULT] without any [SESSION]: defaults only apply to sessions");
        }

        var result = new List<FixSessionSettings>(sections.Count);
        var seen = new Dictionary<FixSessionId, FixSessionSettings>();
        foreach (IniSection section in sections)
        {
            FixSessionSettings settings = BindSession(binder.Read(section, defaults));
            if (seen.TryGetValue(settings.SessionId, out FixSessionSettings? first))
            {
                throw new FixConfigException(
                    section.Path,
                    section.Line,
                    null,
                    $"duplicate session {settings.SessionId} (first defined at {first.SourcePath}:{first.SourceLine})");
            }

            seen.Add(settings.SessionId, settings);
            result.Add(settings);
        }

        return result;
    }

    private static FixSessionSettings BindSession(SectionReader r)
    {
        ConnectionType type = r.RequireEnum<ConnectionType>(K.ConnectionType);
        var id = new FixSessionId(
            BeginString(r),
            CompId(r, K.SenderCompID, required: true)!,
            CompId(r, K.TargetCompID, required: true)!,
            CompId(r, K.SenderSubID, required: false),
            CompId(r, K.TargetSubID, required: false),
            CompId(r, K.SessionQualifier, required: false));

        string? connectHost = r.OptionalString(K.SocketConnectHost);
        int? connectPort = r.OptionalPort(K.SocketConnectPort);
        int? acceptPort = r.OptionalPort(K.SocketAcceptPort);
        var acceptAddress = r.OptionalIPAddress(K.SocketAcceptAddress);
        int? heartBtInt = r.OptionalInt(K.HeartBtInt, 1, int.MaxValue);
        if (type == ConnectionType.Initiator)
        {
            if (connectHost is null || connectPort is null)
            {
                string missing = connectHost is null ? K.SocketConnectHost : K.SocketConnectPort;
                throw r.Error(missing, $"required key missing in [{r.Section.Name}]: an initiator needs SocketConnectHost and SocketConnectPort");
            }

            if (heartBtInt is null)
            {
                throw r.Error(K.HeartBtInt, $"required key missing in [{r.Section.Name}]: an initiator sends HeartBtInt in its Logon");
            }
        }
        else if (acceptPort is null)
        {
            throw r.Error(K.SocketAcceptPort, $"required key missing in [{r.Section.Name}]: an acceptor needs SocketAcceptPort");
        }

        FsyncPolicy fsync = r.OptionalEnum(K.FsyncPolicy, FsyncPolicy.None);
        int fsyncIntervalMs = r.OptionalInt(K.FsyncIntervalMs, (int)FixSessionSettings.DefaultFsyncInterval.TotalMilliseconds, 1, 3_600_000);

        return new FixSessionSettings
        {
            SessionId = id,
            ConnectionType = type,
            SocketConnectHost = type == ConnectionType.Initiator ? connectHost : null,
            SocketConnectPort = type == ConnectionType.Initiator ? connectPort!.Value : 0,
            SocketAcceptPort = type == ConnectionType.Acceptor ? acceptPort!.Value : 0,
            SocketAcceptAddress = type == ConnectionType.Acceptor ? acceptAddress : null,
            SocketNodelay = r.OptionalBool(K.SocketNodelay, true),
            ReconnectInterval = Seconds(r, K.ReconnectInterval, FixSessionSettings.DefaultReconnectInterval),
            HeartBtInt = heartBtInt ?? FixSessionSettings.DefaultAcceptorHeartBtInt,
            LogonTimeout = Seconds(r, K.LogonTimeout, FixSessionSettings.DefaultLogonTimeout),
            LogoutTimeout = Seconds(r, K.LogoutTimeout, FixSessionSettings.DefaultLogoutTimeout),
            Schedule = BindSchedule(r),
            ResetOnLogon = r.OptionalBool(K.ResetOnLogon, false),
            ResetOnLogout = r.OptionalBool(K.ResetOnLogout, false),
            ResetOnDisconnect = r.OptionalBool(K.ResetOnDisconnect, false),
            RefreshOnLogon = r.OptionalBool(K.RefreshOnLogon, false),
            PersistMessages = r.OptionalBool(K.PersistMessages, true),
            SendRedundantResendRequests = r.OptionalBool(K.SendRedundantResendRequests, false),
            CheckCompID = r.OptionalBool(K.CheckCompID, true),
            CheckLatency = r.OptionalBool(K.CheckLatency, true),
            MaxLatency = Seconds(r, K.MaxLatency, FixSessionSettings.DefaultMaxLatency),
            ValidateUserDefinedFields = r.OptionalBool(K.ValidateUserDefinedFields, true),
            ValidateFieldsOutOfOrder = r.OptionalBool(K.ValidateFieldsOutOfOrder, true),
            FileStorePath = r.OptionalString(K.FileStorePath),
            FileLogPath = r.OptionalString(K.FileLogPath),
            FsyncPolicy = fsync,
            FsyncInterval = TimeSpan.FromMilliseconds(fsyncIntervalMs),
            FileLogBufferSize = r.OptionalInt(K.FileLogBufferSize, FixSessionSettings.DefaultFileLogBufferSize, 4096, 1 << 30),
            SourcePath = r.Section.Path,
            SourceLine = r.Section.Line,
        };
    }

    private static string BeginString(SectionReader r)
    {
        string value = r.RequireString(K.BeginString);
        foreach (string supported in SupportedBeginStrings)
        {
            if (string.Equals(value, supported, StringComparison.Ordinal))
            {
                return supported;
            }
        }

        throw r.Error(K.BeginString, $"'{value}' is not supported (use one of {string.Join(", ", SupportedBeginStrings)})");
    }

    private static string? CompId(SectionReader r, string key, bool required)
    {
        string? value = required ? r.RequireString(key) : r.OptionalString(key);
        if (value is null)
        {
            return null;
        }

        foreach (char c in value)
        {
            // The id goes on the wire and into file names: printable ASCII, nothing a path or our
            // session-id text (':', '/', '-' is allowed) would misread.
            if (c is < '!' or > '~' or '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                throw r.Error(key, $"'{value}' contains '{c}' (use printable ASCII without spaces or / \\ : * ? \" < > |)");
            }
        }

        return value;
    }

    private static TimeSpan Seconds(SectionReader r, string key, TimeSpan defaultValue) =>
        r.OptionalInt(key, 1, int.MaxValue) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaultValue;

    private static SessionSchedule BindSchedule(SectionReader r)
    {
        bool nonStop = r.OptionalBool(K.NonStopSession, false);
        TimeOnly? start = r.OptionalTime(K.StartTime);
        TimeOnly? end = r.OptionalTime(K.EndTime);
        DayOfWeek? startDay = r.OptionalDayOfWeek(K.StartDay);
        DayOfWeek? endDay = r.OptionalDayOfWeek(K.EndDay);
        TimeZoneInfo zone = r.OptionalTimeZone(K.TimeZone, TimeZoneInfo.Utc);
        if (nonStop)
        {
            return SessionSchedule.Always; // QuickFIX: NonStopSession=Y ignores the time keys
        }

        if (start is null && end is null)
        {
            throw r.Error(K.StartTime, $"required key missing in [{r.Section.Name}]: set StartTime and EndTime, or NonStopSession=Y");
        }

        if (start is null || end is null)
        {
            string present = start is null ? K.EndTime : K.StartTime;
            string missing = start is null ? K.StartTime : K.EndTime;
            throw r.Error(present, $"{present} is set but {missing} is missing");
        }

        if (startDay.HasValue != endDay.HasValue)
        {
            string present = startDay.HasValue ? K.StartDay : K.EndDay;
            string missing = startDay.HasValue ? K.EndDay : K.StartDay;
            throw r.Error(present, $"{present} is set but {missing} is missing (a weekly session needs both)");
        }

        return startDay.HasValue
            ? SessionSchedule.Weekly(startDay.Value, start.Value, endDay!.Value, end.Value, zone)
            : SessionSchedule.Daily(start.Value, end.Value, zone);
    }
}
