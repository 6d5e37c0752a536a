using System.Diagnostics;
using System.Text;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>
/// One independent FIX engine started through <c>peerctl.sh</c>: an acceptor in the background (stopped on dispose,
/// always) or an initiator in the foreground whose exit code says whether every order was filled. Logs stay in
/// <see cref="LogDirectory"/> for assertions and diagnostics.
/// </summary>
public sealed class PeerProcess : IDisposable
{
    private readonly Process? _initiator;
    private readonly StringBuilder _output = new();
    private readonly bool _acceptor;
    private bool _stopped;

    private PeerProcess(string kind, string logDirectory, bool acceptor, Process? initiator)
    {
        Kind = kind;
        LogDirectory = logDirectory;
        _acceptor = acceptor;
        _initiator = initiator;
    }

    public string Kind { get; }

    public string LogDirectory { get; }

    /// <summary>Starts an acceptor; returns once it listens on <paramref name="port"/>.</summary>
    public static PeerProcess StartAcceptor(string kind, int port, string sender, string target, string logDirectory, params string[] extra)
    {
        string[] args = ["start", kind, "acceptor", port.ToString(System.Globalization.CultureInfo.InvariantCulture), sender, target, logDirectory, .. extra];
        using Process start = Launch(args);
        string output = start.StandardOutput.ReadToEnd() + start.StandardError.ReadToEnd();
        if (!start.WaitForExit(TimeSpan.FromSeconds(40)) || start.ExitCode != 0)
        {
            throw new InvalidOperationException($"{kind} acceptor did not start on {port}: {output}");
        }

        return new PeerProcess(kind, logDirectory, acceptor: true, initiator: null);
    }

    /// <summary>Starts an initiator (it logs on, sends its orders one by one, logs out and exits).</summary>
    public static PeerProcess StartInitiator(string kind, int port, string sender, string target, string logDirectory, params string[] extra)
    {
        string[] args = ["start", kind, "initiator", port.ToString(System.Globalization.CultureInfo.InvariantCulture), sender, target, logDirectory, .. extra];
        Process process = Launch(args);
        var peer = new PeerProcess(kind, logDirectory, acceptor: false, process);
        process.OutputDataReceived += (_, e) => peer.Append(e.Data);
        process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>Waits for the initiator to finish; its exit code (0: every order filled).</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        Process process = _initiator ?? throw new InvalidOperationException("not an initiator");
        if (!process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException($"{Kind} initiator did not finish within {timeout}: {Output}");
        }

        process.WaitForExit(); // drains the output callbacks
        return process.ExitCode;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The peer's own log of raw messages (QuickFIX <c>*.messages.current.log</c>, jspurefix <c>messages.log</c>), '|' for SOH.</summary>
    public string MessagesLog()
    {
        if (!Directory.Exists(LogDirectory))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (string file in Directory.EnumerateFiles(LogDirectory, "*messages*.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString().Replace('\u0001', '|');
    }

    /// <summary>Stops an acceptor (SIGTERM, then SIGKILL) or kills a still-running initiator.</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (_acceptor)
        {
            using Process stop = Launch(["stop", LogDirectory]);
            stop.WaitForExit(TimeSpan.FromSeconds(15));
        }
        else
        {
            Kill();
        }
    }

    public void Dispose()
    {
        Stop();
        _initiator?.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (_initiator is { HasExited: false })
            {
                _initiator.Kill(entireProcessTree: true);
                _initiator.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static Process Launch(string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(FixPeers.PeerCtl);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PEERS_WORK"] = FixPeers.WorkDirectory;
        return Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
    }
}
