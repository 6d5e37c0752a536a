using LowLatency.Fix.Log;

namespace LowLatency.Fix.Engine;

/// <summary>
/// The engine's timer thread: runs one tick every interval (session Poll, reconnects, acceptor logon timeouts)
/// and stops promptly on dispose. Timer granularity only matters against FIX timers of whole seconds.
/// </summary>
internal sealed class EngineTimer : IDisposable
{
    private readonly Action _tick;
    private readonly TimeSpan _interval;
    private readonly IMessageLog _log;
    private readonly ManualResetEventSlim _stop = new(false);
    private readonly Thread _thread;

    public EngineTimer(Action tick, TimeSpan interval, IMessageLog log)
    {
        _tick = tick;
        _interval = interval;
        _log = log;
        _thread = new Thread(Run) { IsBackground = true, Name = "fix-engine-timer" };
    }

    public void Start() => _thread.Start();

    public void Dispose()
    {
        _stop.Set();
        if (_thread.IsAlive && Thread.CurrentThread != _thread)
        {
            _thread.Join(TimeSpan.FromSeconds(5));
        }

        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(_interval))
        {
            try
            {
                _tick();
            }
            catch (Exception ex)
            {
                _log.OnEvent($"Engine timer tick failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}
