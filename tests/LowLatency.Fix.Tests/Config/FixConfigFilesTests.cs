using System.Net;
using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Tests.Config;

// The real files the product ships under fix-config/ must load through the binder, and the engine's
// initiator sessions must meet the simulated venues' acceptor sessions.
public class FixConfigFilesTests
{
    private static string ConfigFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LowLatency.sln")))
            {
                return Path.Combine(dir.FullName, "fix-config");
            }
        }

        throw new InvalidOperationException("LowLatency.sln not found above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string> ConfigFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(ConfigFolder(), "*.ini", SearchOption.AllDirectories))
        {
            data.Add(Path.GetRelativePath(ConfigFolder(), file));
        }

        return data;
    }

    [Fact]
    public void TheProductShipsAnEngineAndAVenueSettingsFile()
    {
        Assert.True(File.Exists(Path.Combine(ConfigFolder(), "engine.ini")));
        Assert.True(File.Exists(Path.Combine(ConfigFolder(), "venues.ini")));
    }

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void EverySettingsFileLoadsThroughTheBinder(string file)
    {
        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.LoadShared(Path.Combine(ConfigFolder(), file));

        Assert.NotEmpty(sessions);
    }

    [Fact]
    public void TheEngineInitiatesOneSessionToEachOfThreeLoopbackVenues()
    {
        var engine = FixSessionSettingsBinder.LoadShared(Path.Combine(ConfigFolder(), "engine.ini"));

        Assert.Equal(["VENUE1", "VENUE2", "VENUE3"], engine.Select(s => s.SessionId.TargetCompID));
        Assert.All(engine, s => Assert.Equal(ConnectionType.Initiator, s.ConnectionType));
        Assert.All(engine, s => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(s.SocketConnectHost!))));
        Assert.All(engine, s => Assert.NotNull(s.FileStorePath));
    }

    [Fact]
    public void EveryEngineSessionMeetsAVenueAcceptorWithSwappedCompIdsOnTheSamePort()
    {
        var engine = FixSessionSettingsBinder.LoadShared(Path.Combine(ConfigFolder(), "engine.ini"));
        var venues = FixSessionSettingsBinder.LoadShared(Path.Combine(ConfigFolder(), "venues.ini"))
            .ToDictionary(s => s.SessionId);

        foreach (FixSessionSettings initiator in engine)
        {
            Assert.True(venues.TryGetValue(initiator.SessionId.Reversed(), out FixSessionSettings? acceptor), $"no venue session for {initiator.SessionId}");
            Assert.Equal(ConnectionType.Acceptor, acceptor!.ConnectionType);
            Assert.Equal(initiator.SocketConnectPort, acceptor.SocketAcceptPort);
            Assert.Equal(initiator.Schedule.ToString(), acceptor.Schedule.ToString());
        }

        Assert.Equal(engine.Count, venues.Count);
    }
}
