using LowLatency.Server.Hosting;

namespace LowLatency.Server.Metrics;

/// <summary>
/// The console dashboard: a thread ("ll-dashboard") that renders <see cref="DashboardRenderer"/> frames every interval
/// from copies of the figures (never hot-path state). On a terminal each frame replaces the last; when the output is
/// redirected (scripts, tests) frames are appended.
/// </summary>
public sealed class Dashboard : IDisposable
{
    private readonly TradingServer _server;
    private readonly TextWriter _output;
    private readonly TimeSpan _interval;
    private readonly ManualResetEventSlim _stop = new(false);
    private readonly Thread _thread;
    private readonly DashboardRenderer _renderer;
    private long _frames;

    public Dashboard(TradingServer server, TextWriter output, TimeSpan interval)
    {
        _server = server;
        _output = output;
        _interval = interval;
        _renderer = new DashboardRenderer(server);
        _thread = new Thread(Run) { IsBackground = true, Name = "ll-dashboard" };
    }

    public long Frames => Volatile.Read(ref _frames);

    public void Start() => _thread.Start();

    public void Dispose()
    {
        _stop.Set();
        if (_thread.IsAlive)
        {
            _thread.Join(TimeSpan.FromSeconds(2));
        }
    }

    private void Run()
    {
        bool terminal = ReferenceEquals(_output, Console.Out) && !Console.IsOutputRedirected;
        while (!_stop.Wait(_interval))
        {
            string frame = _renderer.Render();
            lock (_output)
            {
                _output.Write(terminal ? "\u001b[H\u001b[2J" + frame : frame);
                _output.Flush();
            }

            Interlocked.Increment(ref _frames);
        }
    }
}
