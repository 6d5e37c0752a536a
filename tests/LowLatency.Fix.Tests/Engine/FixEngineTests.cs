using System.Net;
using System.Net.Sockets;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Session;
using LowLatency.Fix.Store;
using LowLatency.Fix.Tests.Interop;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Engine;

/// <summary>The engine built from settings files: the shipped engine and venue files trade with each other; bad files, busy ports and shared stores fail clearly.</summary>
public sealed class FixEngineTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TestDirectory _dir = new();
    private readonly List<IDisposable> _cleanup = new();

    [Fact]
    public void TheShippedEngineAndVenueSettingsConnectEverySessionAndTrade()
    {
        (string engineIni, string venuesIni) = ShippedFilesOnFreePorts();
        var venueRecorder = new ApplicationRecorder();
        var filler = new OrderFiller();
        venueRecorder.OnMessageAction = filler.OnMessage;
        var serverRecorder = new ApplicationRecorder();
        FixEngine<RecordingApplication> venues = Start(Shipped(venuesIni, new RecordingApplication(venueRecorder)));
        FixEngine<RecordingApplication> server = Start(Shipped(engineIni, new RecordingApplication(serverRecorder)));

        Assert.Equal(3, server.Sessions.Count);
        Assert.True(Wait.Until(() => server.Sessions.All(s => s.IsLoggedOn) && venues.Sessions.All(s => s.IsLoggedOn), Timeout));
        foreach (string venue in new[] { "VENUE1", "VENUE2", "VENUE3" })
        {
            FixSession session = server.FindByTarget(venue)!;
            Assert.Equal(FixSendResult.Sent, TestOrders.Send(session, "TO-" + venue));
        }

        Assert.True(serverRecorder.WaitFor(r => r.Messages.Count == 3, Timeout));
        Assert.Equal(3, filler.FillsSent);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "engine", "store", "FIX.4.4-LLENGINE-VENUE2.body")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(_dir.Path, "venues", "log"), "FIX.4.4-VENUE3-LLENGINE*").Any());
        Assert.True(server.Stop(Timeout)); // graceful: every Logout answered
        Assert.True(Wait.Until(() => venues.Sessions.All(s => s.Status == FixSessionStatus.Disconnected), Timeout));
    }

    [Fact]
    public void ARestartedServerEngineResumesItsNumbersFromItsFileStores()
    {
        (string engineIni, string venuesIni) = ShippedFilesOnFreePorts();
        var venueRecorder = new ApplicationRecorder();
        venueRecorder.OnMessageAction = new OrderFiller().OnMessage;
        Start(Shipped(venuesIni, new RecordingApplication(venueRecorder)));
        long next;
        using (var server = Shipped(engineIni, new RecordingApplication(new ApplicationRecorder())))
        {
            server.Start();
            Assert.True(Wait.Until(() => server.Sessions.All(s => s.IsLoggedOn), Timeout));
            TestOrders.Send(server.Sessions[0], "DAY-1");
            Assert.True(server.Stop(Timeout));
            next = server.Sessions[0].NextSenderSeqNum;
        }

        FixEngine<RecordingApplication> again = Start(Shipped(engineIni, new RecordingApplication(new ApplicationRecorder())));
        Assert.Equal(next, again.Sessions[0].NextSenderSeqNum);
        Assert.True(Wait.Until(() => again.Sessions.All(s => s.IsLoggedOn), Timeout));
    }

    [Fact]
    public void ABadSettingsFileIsRefusedNamingFileLineAndKey()
    {
        string path = _dir.File("bad.ini");
        File.WriteAllText(path, "[SESSION]\nConnectionType=initiator\nBeginString=FIX.4.4\nSenderCompID=A\nTargetCompID=B\n" +
                                "SocketConnectHost=127.0.0.1\nSocketConnectPort=9\nHeartBtInt=abc\nNonStopSession=Y\n");
        var error = Assert.Throws<FixConfigException>(() => FixEngine<RecordingApplication>.Load(path, default));
        Assert.Equal((path, 8, "HeartBtInt"), (error.FilePath, error.Line, error.Key));
    }

    [Fact]
    public void AnAcceptorPortInUseFailsStart()
    {
        using var occupied = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        occupied.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        occupied.Listen(1);
        int port = ((IPEndPoint)occupied.LocalEndPoint!).Port;
        string path = _dir.File("venue.ini");
        File.WriteAllText(path, $"[SESSION]\nConnectionType=acceptor\nBeginString=FIX.4.4\nSenderCompID=V\nTargetCompID=E\nSocketAcceptPort={port}\n" +
                                "SocketAcceptAddress=127.0.0.1\nNonStopSession=Y\n");
        using var engine = FixEngine<RecordingApplication>.Load(path, default);
        Assert.Throws<SocketException>(engine.Start);
    }

    [Fact]
    public void TwoEnginesCannotShareOneFileStore()
    {
        (string engineIni, _) = ShippedFilesOnFreePorts();
        using var first = Shipped(engineIni, default);
        Assert.Throws<FixStoreException>(() => Shipped(engineIni, default));
    }

    public void Dispose()
    {
        for (int i = _cleanup.Count - 1; i >= 0; i--)
        {
            _cleanup[i].Dispose();
        }

        _dir.Dispose();
    }

    private FixEngine<RecordingApplication> Start(FixEngine<RecordingApplication> engine)
    {
        _cleanup.Add(engine);
        engine.Start();
        return engine;
    }

    /// <summary>An engine on the FIX sessions of a shipped file (its [SERVER] / [VENUE] sections belong to the server and the venues).</summary>
    private static FixEngine<RecordingApplication> Shipped(string path, RecordingApplication application) =>
        new(FixSessionSettingsBinder.LoadShared(path), application);

    /// <summary>The product's fix-config files with their ports moved to free ones and their data folders into this test's folder.</summary>
    private (string Engine, string Venues) ShippedFilesOnFreePorts()
    {
        string config = Path.Combine(RepositoryRoot.Path, "fix-config");
        string engine = File.ReadAllText(Path.Combine(config, "engine.ini"));
        string venues = File.ReadAllText(Path.Combine(config, "venues.ini"));
        for (int venue = 1; venue <= 3; venue++)
        {
            string port = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            engine = engine.Replace($"Port=988{venue}", "Port=" + port, StringComparison.Ordinal);
            venues = venues.Replace($"Port=988{venue}", "Port=" + port, StringComparison.Ordinal);
        }

        engine = engine.Replace("data/fix/", _dir.Path + "/", StringComparison.Ordinal).Replace("ReconnectInterval=5", "ReconnectInterval=1", StringComparison.Ordinal);
        venues = venues.Replace("data/fix/", _dir.Path + "/", StringComparison.Ordinal);
        string enginePath = _dir.File("engine.ini");
        string venuesPath = _dir.File("venues.ini");
        if (!File.Exists(enginePath))
        {
            File.WriteAllText(enginePath, engine);
            File.WriteAllText(venuesPath, venues);
        }

        return (enginePath, venuesPath);
    }
}
