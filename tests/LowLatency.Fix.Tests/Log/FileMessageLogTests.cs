using System.Text;
using System.Text.RegularExpressions;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Testing;

namespace LowLatency.Fix.Tests.Log;

public sealed partial class FileMessageLogTests : IDisposable
{
    private const string Prefix = "FIX.4.4-ENGINE-VENUE1";
    private readonly TestDirectory _directory = new();
    private readonly FakeClock _clock = new(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc));

    public void Dispose() => _directory.Dispose();

    private FileMessageLogOptions Options(int bufferSize = 1 << 20) => new(_directory.Path, Prefix) { BufferSize = bufferSize };

    private FileMessageLog Open(int bufferSize = 1 << 20, bool startWriter = true) => new(Options(bufferSize), _clock, startWriter);

    private string MessagesFile => _directory.File(Prefix + ".messages.current.log");

    private string EventsFile => _directory.File(Prefix + ".event.current.log");

    private static byte[] Message(int seqNum) => Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019=5\u000135=0\u000134={seqNum}\u000110=000\u0001");

    private static string Text(int seqNum) => Encoding.ASCII.GetString(Message(seqNum));

    [GeneratedRegex(@"^\d{8}-\d{2}:\d{2}:\d{2}\.\d{6} : 8=FIX\.4\.4\x019=5\x0135=0\x0134=(\d+)\x0110=000\x01$")]
    private static partial Regex MessageLine();

    [Fact]
    public void EverythingLoggedIsOnDiskAfterDisposeInQuickFixNamedFiles()
    {
        using (FileMessageLog log = Open())
        {
            log.OnEvent("Initiated logon request");
            log.OnOutgoing(Message(1));
            log.OnIncoming(Message(1));
            log.OnEvent("Received logon");
            log.OnOutgoing(Message(2));
        }

        Assert.Equal(
            [
                "20260105-09:00:00.000000 : " + Text(1),
                "20260105-09:00:00.000000 : " + Text(1),
                "20260105-09:00:00.000000 : " + Text(2),
            ],
            File.ReadAllLines(MessagesFile));
        Assert.Equal(
            ["20260105-09:00:00.000000 : Initiated logon request", "20260105-09:00:00.000000 : Received logon"],
            File.ReadAllLines(EventsFile));
    }

    [Fact]
    public void EachLineCarriesTheUtcTimeItsRecordWasQueuedToTheMicrosecond()
    {
        using (FileMessageLog log = Open())
        {
            log.OnOutgoing(Message(1));
            _clock.Advance(TimeSpan.FromTicks(12_345_670)); // 1.234567 s
            log.OnIncoming(Message(2));
        }

        string[] lines = File.ReadAllLines(MessagesFile);
        Assert.StartsWith("20260105-09:00:00.000000 : ", lines[0]);
        Assert.StartsWith("20260105-09:00:01.234567 : ", lines[1]);
    }

    [Fact]
    public void EventsAreWrittenAsUtf8()
    {
        using (FileMessageLog log = Open())
        {
            log.OnEvent("Résumé → Logon ✓");
        }

        Assert.Equal("20260105-09:00:00.000000 : Résumé → Logon ✓", Assert.Single(File.ReadAllLines(EventsFile, Encoding.UTF8)));
    }

    [Fact]
    public void LoggingMessagesDoesNotAllocateAfterWarmUp()
    {
        using FileMessageLog log = Open();
        byte[] message = Message(42);

        long allocated = Allocations.Measure(
            () =>
            {
                log.OnOutgoing(message);
                log.OnIncoming(message);
                log.OnEvent("Sent heartbeat");
            },
            iterations: 2_000,
            warmup: 500);

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AFullQueueDropsCountsAndReportsTheDropsInTheEventLog()
    {
        int written = 0;
        long dropped;
        using (FileMessageLog log = Open(bufferSize: 4096, startWriter: false))
        {
            for (int i = 1; i <= 200; i++)
            {
                log.OnOutgoing(Message(i)); // nobody drains yet: must return at once, never wait
            }

            dropped = log.DroppedCount;
            written = 200 - (int)dropped;
        }

        Assert.InRange(dropped, 1, 199);
        string[] lines = File.ReadAllLines(MessagesFile);
        Assert.Equal(written, lines.Length);
        Assert.Equal(Enumerable.Range(1, written).Select(i => i.ToString()), lines.Select(l => MessageLine().Match(l).Groups[1].Value));
        Assert.Contains($"message log dropped {dropped} record(s)", File.ReadAllText(EventsFile));
    }

    [Fact]
    public void ManyThreadsLogAtOnceAndEveryLineArrivesWhole()
    {
        const int Threads = 4;
        const int PerThread = 5_000;
        using (FileMessageLog log = Open(bufferSize: 4 << 20))
        {
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                for (int i = 0; i < PerThread; i++)
                {
                    log.OnOutgoing(Message((t * PerThread) + i));
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(0, log.DroppedCount);
        }

        string[] lines = File.ReadAllLines(MessagesFile);
        Assert.Equal(Threads * PerThread, lines.Length);
        var seqNums = lines.Select(l => MessageLine().Match(l)).Select(m => m.Success ? int.Parse(m.Groups[1].Value) : -1).ToList();
        Assert.Equal(Enumerable.Range(0, Threads * PerThread), seqNums.Order());
    }

    [Fact]
    public void TheWriterFlushesWhenIdleSoTheFileCanBeFollowedLive()
    {
        using FileMessageLog log = Open();
        log.OnIncoming(Message(7));

        bool visible = SpinWait.SpinUntil(
            () => File.Exists(MessagesFile) && ReadShared(MessagesFile).Contains("34=7\u0001", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));

        Assert.True(visible);
    }

    [Fact]
    public void LogsAppendAcrossRestarts()
    {
        using (FileMessageLog log = Open())
        {
            log.OnOutgoing(Message(1));
        }

        using (FileMessageLog log = Open())
        {
            log.OnOutgoing(Message(2));
        }

        Assert.Equal(["1", "2"], File.ReadAllLines(MessagesFile).Select(l => MessageLine().Match(l).Groups[1].Value));
    }

    [Fact]
    public void LoggingAfterDisposeIsCountedAsDroppedNotThrown()
    {
        FileMessageLog log = Open();
        log.Dispose();

        log.OnOutgoing(Message(1));
        log.OnEvent("late");
        log.Dispose();

        Assert.Equal(2, log.DroppedCount);
    }

    [Fact]
    public void TheFactoryOpensAFileLogWhenTheSettingsNameAFolderAndTheNullLogOtherwise()
    {
        string text = $"""
            [DEFAULT]
            ConnectionType=acceptor
            BeginString=FIX.4.4
            SenderCompID=VENUE1
            SocketAcceptPort=9881
            NonStopSession=Y
            [SESSION]
            TargetCompID=ENGINE
            FileLogPath={_directory.File("logs")}
            FileLogBufferSize=8192
            [SESSION]
            TargetCompID=OTHER
            """;
        var sessions = FixSessionSettingsBinder.Bind(new ConfigBinder(IniDocument.Parse(text, "test.ini")));

        using (IMessageLog file = MessageLogFactory.Create(sessions[0], _clock))
        {
            file.OnIncoming(Message(1));
            Assert.IsType<FileMessageLog>(file);
        }

        using IMessageLog none = MessageLogFactory.Create(sessions[1], _clock);

        Assert.Same(NullMessageLog.Instance, none);
        Assert.Single(File.ReadAllLines(Path.Combine(_directory.File("logs"), "FIX.4.4-VENUE1-ENGINE.messages.current.log")));
    }

    [Fact]
    public void TheNullLogAcceptsEverythingWithoutAllocating()
    {
        IMessageLog log = NullMessageLog.Instance;
        byte[] message = Message(1);

        long allocated = Allocations.Measure(() =>
        {
            log.OnIncoming(message);
            log.OnOutgoing(message);
            log.OnEvent("event");
        });

        Assert.Equal(0, allocated);
        Assert.Equal(0, log.DroppedCount);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
