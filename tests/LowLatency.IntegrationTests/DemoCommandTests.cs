using LowLatency.Server.Cli;
using LowLatency.Server.Journal;

namespace LowLatency.IntegrationTests;

/// <summary>The product's main job, through the same entry method as the executable: <c>demo --duration 3s</c>.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ll-demo-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a log file still closing
        }
    }

    [Fact]
    public void TheDemoRunsForItsDurationPrintsTheDashboardAndExitsCleanly()
    {
        var output = new StringWriter();
        TextWriter synchronizedOut = TextWriter.Synchronized(output);
        var errors = new StringWriter();
        using var stop = new StopSignal();

        int code = CliApp.Run(["demo", "--duration", "3s", "--data", _dir, "--seed", "5"], new CliContext(synchronizedOut, errors, stop));

        string o = output.ToString();
        Assert.True(code == 0, $"exit {code}\n{o}\n{errors}");
        Assert.Contains("simulated venues VENUE1 on 127.0.0.1:", o);
        Assert.Contains("== LowLatency engine |", o);           // a dashboard frame
        Assert.Contains("account  equity", o);
        Assert.Contains("VENUE3 LoggedOn", o);
        Assert.Contains("latency  tick→order", o);
        Assert.Contains("stopped cleanly", o);
        JournalContents journal = JournalReader.Read(Path.Combine(_dir, "journal", "engine.journal"));
        Assert.Equal(JournalRecordType.Start, journal.Entries[0].Type);
        Assert.Equal(JournalRecordType.Stop, journal.Entries[^1].Type);
    }

    [Fact]
    public void AnUnknownOptionIsRefusedWithTheUsageAndExitCodeTwo()
    {
        var errors = new StringWriter();
        using var stop = new StopSignal();
        Assert.Equal(2, CliApp.Run(["demo", "--durration", "3s"], new CliContext(new StringWriter(), errors, stop)));
        Assert.Contains("unknown option '--durration'", errors.ToString());
    }
}
