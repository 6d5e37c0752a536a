using System.Net;
using System.Text;

namespace LowLatency.Server.Metrics;

/// <summary>
/// Serves <c>GET /metrics</c> (Prometheus text format 0.0.4) on 127.0.0.1 from its own thread ("ll-metrics") with
/// <see cref="HttpListener"/>. The text is built per scrape from copies (figures under the stats board's sequence lock,
/// Volatile counter reads): a scrape never touches hot-path state unsafely and never blocks a stage.
/// </summary>
public sealed class MetricsServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly MetricsSource _source;
    private readonly Thread _thread;
    private long _scrapes;

    public MetricsServer(int port, MetricsSource source)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port);
        ArgumentNullException.ThrowIfNull(source);
        Port = port;
        _source = source;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _thread = new Thread(Serve) { IsBackground = true, Name = "ll-metrics" };
    }

    public int Port { get; }

    public long Scrapes => Volatile.Read(ref _scrapes);

    /// <summary>Binds the port (throws <see cref="HttpListenerException"/> when it is taken) and starts serving.</summary>
    public void Start()
    {
        _listener.Start();
        _thread.Start();
    }

    public void Dispose()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        if (_thread.IsAlive)
        {
            _thread.Join(TimeSpan.FromSeconds(2));
        }
    }

    private void Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = _listener.GetContext();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            try
            {
                Answer(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // the scraper went away mid-answer: nothing to do
            }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using HttpListenerResponse response = context.Response;
        if (context.Request.HttpMethod != "GET" || context.Request.Url?.AbsolutePath != "/metrics")
        {
            response.StatusCode = 404;
            byte[] notFound = Encoding.UTF8.GetBytes("not found: GET /metrics\n");
            response.OutputStream.Write(notFound);
            return;
        }

        Interlocked.Increment(ref _scrapes);
        byte[] body = Encoding.UTF8.GetBytes(_source.Render());
        response.StatusCode = 200;
        response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }
}
