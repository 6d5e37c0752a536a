using System.Net;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Store;

namespace LowLatency.Fix.Tests.Config;

public class FixSessionSettingsBinderTests
{
    private const string Path = "fix-config/engine.ini";

    private const string Initiator = """
        [DEFAULT]
        ConnectionType=initiator
        BeginString=FIX.4.4
        SenderCompID=ENGINE
        HeartBtInt=30
        SocketConnectHost=127.0.0.1
        StartTime=00:00:00
        EndTime=00:00:00

        [SESSION]
        TargetCompID=VENUE1
        SocketConnectPort=9881
        """;

    private static IReadOnlyList<FixSessionSettings> Bind(string text)
    {
        var binder = new ConfigBinder(IniDocument.Parse(text, Path));
        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.Bind(binder);
        binder.Complete();
        return sessions;
    }

    private static FixConfigException Fails(string text) => Assert.Throws<FixConfigException>(() => Bind(text));

    [Fact]
    public void AnInitiatorSessionBindsEveryQuickFixKey()
    {
        const string text = """
            [DEFAULT]
            ConnectionType=initiator
            BeginString=FIX.4.4
            SenderCompID=ENGINE
            SenderSubID=DESK1
            [SESSION]
            TargetCompID=VENUE1
            TargetSubID=GW
            SessionQualifier=MD
            SocketConnectHost=venue1.local
            SocketConnectPort=9881
            SocketNodelay=N
            ReconnectInterval=5
            HeartBtInt=15
            LogonTimeout=7
            LogoutTimeout=3
            StartTime=21:00:00
            EndTime=20:55:00
            StartDay=Sunday
            EndDay=fr
            TimeZone=America/New_York
            ResetOnLogon=Y
            ResetOnLogout=Y
            ResetOnDisconnect=Y
            RefreshOnLogon=Y
            PersistMessages=N
            SendRedundantResendRequests=Y
            CheckCompID=N
            CheckLatency=N
            MaxLatency=5
            ValidateUserDefinedFields=N
            ValidateFieldsOutOfOrder=N
            FileStorePath=data/store
            FileLogPath=data/log
            FsyncPolicy=Interval
            FsyncIntervalMs=250
            FileLogBufferSize=65536
            """;

        FixSessionSettings s = Assert.Single(Bind(text));

        Assert.Equal(new FixSessionId("FIX.4.4", "ENGINE", "VENUE1", "DESK1", "GW", "MD"), s.SessionId);
        Assert.Equal(ConnectionType.Initiator, s.ConnectionType);
        Assert.Equal(("venue1.local", 9881, 0), (s.SocketConnectHost, s.SocketConnectPort, s.SocketAcceptPort));
        Assert.False(s.SocketNodelay);
        Assert.Equal(TimeSpan.FromSeconds(5), s.ReconnectInterval);
        Assert.Equal(15, s.HeartBtInt);
        Assert.Equal((TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3)), (s.LogonTimeout, s.LogoutTimeout));
        Assert.True(s.Schedule.IsWeekly);
        Assert.Equal((DayOfWeek.Sunday, DayOfWeek.Friday), (s.Schedule.StartDay!.Value, s.Schedule.EndDay!.Value));
        Assert.Equal((new TimeOnly(21, 0), new TimeOnly(20, 55)), (s.Schedule.StartTime, s.Schedule.EndTime));
        Assert.Equal("America/New_York", s.Schedule.TimeZone.Id);
        Assert.True(s.ResetOnLogon && s.ResetOnLogout && s.ResetOnDisconnect && s.RefreshOnLogon && s.SendRedundantResendRequests);
        Assert.False(s.PersistMessages || s.CheckCompID || s.CheckLatency || s.ValidateUserDefinedFields || s.ValidateFieldsOutOfOrder);
        Assert.Equal(TimeSpan.FromSeconds(5), s.MaxLatency);
        Assert.Equal(("data/store", "data/log"), (s.FileStorePath, s.FileLogPath));
        Assert.Equal((FsyncPolicy.Interval, TimeSpan.FromMilliseconds(250)), (s.FsyncPolicy, s.FsyncInterval));
        Assert.Equal(65536, s.FileLogBufferSize);
        Assert.Equal((Path, 6), (s.SourcePath, s.SourceLine));
    }

    [Fact]
    public void QuickFixDefaultsApplyWhenKeysAreAbsent()
    {
        FixSessionSettings s = Assert.Single(Bind(Initiator));

        Assert.Equal(FixSessionSettings.DefaultReconnectInterval, s.ReconnectInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), s.ReconnectInterval);
        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2)), (s.LogonTimeout, s.LogoutTimeout));
        Assert.Equal(TimeSpan.FromSeconds(120), s.MaxLatency);
        Assert.True(s.SocketNodelay && s.PersistMessages && s.CheckCompID && s.CheckLatency);
        Assert.False(s.ResetOnLogon || s.ResetOnLogout || s.ResetOnDisconnect || s.RefreshOnLogon);
        Assert.Equal(TimeZoneInfo.Utc.BaseUtcOffset, s.Schedule.TimeZone.BaseUtcOffset);
        Assert.Null(s.FileStorePath);
        Assert.Null(s.FileLogPath);
        Assert.Equal(FsyncPolicy.None, s.FsyncPolicy);
        Assert.Null(s.SessionId.SenderSubID);
    }

    [Fact]
    public void ABadValueNamesFileLineAndKey()
    {
        string text = Initiator.Replace("SocketConnectPort=9881", "SocketConnectPort=9881\n# this session beats faster\nHeartBtInt=abc");

        var ex = Fails(text);

        // Line 14: the brief's own example, and exactly what an operator sees.
        Assert.Equal("fix-config/engine.ini:14: HeartBtInt: 'abc' is not a positive integer", ex.Message);
    }

    [Fact]
    public void AMissingRequiredKeyIsReportedAtTheSessionHeader()
    {
        var ex = Fails(Initiator.Replace("TargetCompID=VENUE1", string.Empty));

        Assert.Equal("fix-config/engine.ini:10: TargetCompID: required key missing in [SESSION]", ex.Message);
    }

    [Fact]
    public void AnUnknownKeyStopsStartUp()
    {
        var ex = Fails(Initiator + "\nUseDataDictionary=Y\n");

        Assert.Equal((13, "UseDataDictionary"), (ex.Line, ex.Key));
        Assert.Contains("unknown key in [SESSION]", ex.Message);
    }

    [Fact]
    public void AMisspelledKeyInDefaultIsReportedWithASuggestion()
    {
        var ex = Fails(Initiator.Replace("HeartBtInt=30", "HeartBtInt=30\nReconectInterval=5"));

        Assert.Equal("fix-config/engine.ini:6: ReconectInterval: unknown key in [DEFAULT]; did you mean ReconnectInterval?", ex.Message);
    }

    [Fact]
    public void DuplicateSessionIdsAreRejected()
    {
        var ex = Fails(Initiator + "\n[SESSION]\nTargetCompID=VENUE1\nSocketConnectPort=9882\n");

        Assert.Equal("fix-config/engine.ini:13: duplicate session FIX.4.4:ENGINE->VENUE1 (first defined at fix-config/engine.ini:10)", ex.Message);
    }

    [Fact]
    public void SessionsDifferingOnlyByQualifierAreDistinct()
    {
        string text = Initiator + "\nSessionQualifier=A\n[SESSION]\nTargetCompID=VENUE1\nSocketConnectPort=9882\nSessionQualifier=B\n";

        var sessions = Bind(text);

        Assert.Equal(["FIX.4.4:ENGINE->VENUE1:A", "FIX.4.4:ENGINE->VENUE1:B"], sessions.Select(s => s.SessionId.ToString()));
    }

    [Fact]
    public void AnAcceptorWithoutSocketAcceptPortIsRejected()
    {
        var ex = Fails("[SESSION]\nConnectionType=acceptor\nBeginString=FIX.4.4\nSenderCompID=V\nTargetCompID=E\nNonStopSession=Y\n");

        Assert.Equal("fix-config/engine.ini:1: SocketAcceptPort: required key missing in [SESSION]: an acceptor needs SocketAcceptPort", ex.Message);
    }

    [Theory]
    [InlineData("SocketConnectHost=127.0.0.1", "SocketConnectHost")]
    [InlineData("SocketConnectPort=9881", "SocketConnectPort")]
    public void AnInitiatorWithoutConnectHostOrPortIsRejected(string removed, string key)
    {
        var ex = Fails(Initiator.Replace(removed, string.Empty));

        Assert.Equal(key, ex.Key);
        Assert.Contains("an initiator needs SocketConnectHost and SocketConnectPort", ex.Message);
    }

    [Fact]
    public void AnInitiatorWithoutHeartBtIntIsRejected()
    {
        var ex = Fails(Initiator.Replace("HeartBtInt=30", string.Empty));

        Assert.Equal("HeartBtInt", ex.Key);
        Assert.Contains("an initiator sends HeartBtInt in its Logon", ex.Message);
    }

    [Fact]
    public void AcceptorsMayOmitHeartBtIntAndShareOnePort()
    {
        const string text = """
            [DEFAULT]
            ConnectionType=acceptor
            BeginString=FIX.4.4
            TargetCompID=ENGINE
            SocketAcceptPort=9880
            SocketAcceptAddress=127.0.0.1
            NonStopSession=Y
            [SESSION]
            SenderCompID=VENUE1
            [SESSION]
            SenderCompID=VENUE2
            """;

        var sessions = Bind(text);

        Assert.All(sessions, s => Assert.Equal((9880, 0, FixSessionSettings.DefaultAcceptorHeartBtInt), (s.SocketAcceptPort, s.SocketConnectPort, s.HeartBtInt)));
        Assert.All(sessions, s => Assert.Equal(IPAddress.Loopback, s.SocketAcceptAddress));
        Assert.All(sessions, s => Assert.True(s.Schedule.IsAlways));
    }

    [Theory]
    [InlineData("EndTime=00:00:00", "StartTime", "StartTime is set but EndTime is missing")]
    [InlineData("StartTime=00:00:00", "EndTime", "EndTime is set but StartTime is missing")]
    public void HalfADailyWindowIsRejected(string removed, string key, string detail)
    {
        var ex = Fails(Initiator.Replace(removed, string.Empty));

        Assert.Equal(key, ex.Key);
        Assert.StartsWith(detail, ex.Detail);
    }

    [Fact]
    public void AStartDayWithoutAnEndDayIsRejected()
    {
        var ex = Fails(Initiator + "\nStartDay=Sunday\n");

        Assert.Equal(("StartDay", 13), (ex.Key, ex.Line));
        Assert.Contains("StartDay is set but EndDay is missing", ex.Message);
    }

    [Fact]
    public void NoScheduleAtAllIsRejectedUnlessTheSessionIsNonStop()
    {
        string noTimes = Initiator.Replace("StartTime=00:00:00", string.Empty).Replace("EndTime=00:00:00", string.Empty);

        var ex = Fails(noTimes);
        var sessions = Bind(noTimes + "\nNonStopSession=Y\n");

        Assert.Contains("set StartTime and EndTime, or NonStopSession=Y", ex.Message);
        Assert.True(sessions[0].Schedule.IsAlways);
    }

    [Theory]
    [InlineData("FIX.5.0")]
    [InlineData("fix.4.4")]
    [InlineData("FIXT.1.1")]
    public void UnsupportedBeginStringsAreRejected(string beginString)
    {
        var ex = Fails(Initiator.Replace("BeginString=FIX.4.4", "BeginString=" + beginString));

        Assert.Equal(("BeginString", 3), (ex.Key, ex.Line));
        Assert.Contains("is not supported", ex.Message);
    }

    [Theory]
    [InlineData("VENUE 1")]
    [InlineData("VENUE/1")]
    [InlineData("VENUE:1")]
    public void CompIdsThatWouldBreakTheWireOrAFileNameAreRejected(string compId)
    {
        var ex = Fails(Initiator.Replace("TargetCompID=VENUE1", "TargetCompID=" + compId));

        Assert.Equal("TargetCompID", ex.Key);
        Assert.Contains("contains", ex.Message);
    }

    [Fact]
    public void ABadTimeZoneIsReportedAtItsLine()
    {
        var ex = Fails(Initiator + "\nTimeZone=Europe/Atlantis\n");

        Assert.Equal(("TimeZone", 13), (ex.Key, ex.Line));
    }

    [Fact]
    public void ABadFsyncPolicyListsTheChoices()
    {
        var ex = Fails(Initiator + "\nFsyncPolicy=Sometimes\n");

        Assert.Equal("'Sometimes' is not one of None|EveryMessage|Interval", ex.Detail);
    }

    [Fact]
    public void DefaultWithoutAnySessionIsRejected()
    {
        var ex = Fails("[DEFAULT]\nHeartBtInt=30\n");

        Assert.Contains("[DEFAULT] without any [SESSION]", ex.Message);
    }

    [Fact]
    public void LoadReadsARealFileAndNamesItInErrors()
    {
        using var dir = new TestDirectory();
        string good = dir.File("good.ini");
        string bad = dir.File("bad.ini");
        File.WriteAllText(good, Initiator);
        File.WriteAllText(bad, Initiator.Replace("HeartBtInt=30", "HeartBtInt=thirty"));

        var sessions = FixSessionSettingsBinder.Load(good);
        var ex = Assert.Throws<FixConfigException>(() => FixSessionSettingsBinder.Load(bad));

        Assert.Equal(good, sessions[0].SourcePath);
        Assert.Equal($"{bad}:5: HeartBtInt: 'thirty' is not a positive integer (inherited by [SESSION] at line 10)", ex.Message);
    }

    [Fact]
    public void LoadRejectsAFileWithoutSessions()
    {
        using var dir = new TestDirectory();
        string path = dir.File("empty.ini");
        File.WriteAllText(path, "# nothing yet\n");

        var ex = Assert.Throws<FixConfigException>(() => FixSessionSettingsBinder.Load(path));

        Assert.Equal($"{path}: no [SESSION] section", ex.Message);
    }

    [Fact]
    public void ASharedFileLeavesOtherComponentsSectionsToThemButStillChecksEverySessionKey()
    {
        using var dir = new TestDirectory();
        string shared = dir.File("shared.ini");
        string typo = dir.File("typo.ini");
        File.WriteAllText(shared, Initiator + "\n\n[SERVER]\nRingSize=1024\n");
        File.WriteAllText(typo, Initiator.Replace("TargetCompID=VENUE1", "TargetCompID=VENUE1\nResetOnLogn=Y") + "\n\n[SERVER]\nRingSize=1024\n");

        var sessions = FixSessionSettingsBinder.LoadShared(shared);
        var strict = Assert.Throws<FixConfigException>(() => FixSessionSettingsBinder.Load(shared));
        var misspelt = Assert.Throws<FixConfigException>(() => FixSessionSettingsBinder.LoadShared(typo));

        Assert.Equal("VENUE1", sessions[0].SessionId.TargetCompID);
        Assert.Contains("unknown section [SERVER]", strict.Message);
        Assert.Contains("ResetOnLogn", misspelt.Message);
    }
}
