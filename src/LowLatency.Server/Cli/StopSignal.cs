using System.Runtime.InteropServices;

namespace LowLatency.Server.Cli;

/// <summary>
/// "Stop now" for a running command: set by Ctrl+C (SIGINT) or SIGTERM once <see cref="InstallProcessHandlers"/>
/// ran (the process entry point does; tests call <see cref="Request"/>), so the command shuts down cleanly instead
/// of the runtime killing it.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly ManualResetEventSlim _stop = new(false);
    private readonly List<IDisposable> _registrations = [];
    private ConsoleCancelEventHandler? _cancel;

    public bool IsRequested => _stop.IsSet;

    public void Request() => _stop.Set();

    /// <summary>Waits for a stop request or the timeout (infinite when null); true when stop was requested.</summary>
    public bool Wait(TimeSpan? timeout) => timeout is { } t ? _stop.Wait(t) : _stop.Wait(Timeout.Infinite);

    public void InstallProcessHandlers()
    {
        _cancel = (_, e) =>
        {
            e.Cancel = true; // we stop ourselves: cancel orders, log out, flush
            Request();
        };
        Console.CancelKeyPress += _cancel;
        if (!OperatingSystem.IsWindows())
        {
            _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
            {
                ctx.Cancel = true;
                Request();
            }));
        }
    }

    public void Dispose()
    {
        if (_cancel is not null)
        {
            Console.CancelKeyPress -= _cancel;
        }

        foreach (IDisposable r in _registrations)
        {
            r.Dispose();
        }

        _stop.Dispose();
    }
}
