using System.Threading.Channels;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// Baseline round trip through two bounded channels with the same waiting discipline as the ring run
/// (both threads spin on TryRead), so the difference is the data structure, not thread wake-ups.
/// </summary>
public sealed class ChannelPingPong : IPingPong
{
    private readonly Channel<ValueEvent> _ping = NewChannel();
    private readonly Channel<ValueEvent> _pong = NewChannel();
    private readonly Thread _echo;
    private volatile bool _stop;

    public ChannelPingPong()
    {
        _echo = new Thread(Echo) { IsBackground = true, Name = "channel-echo" };
        _echo.Start();
    }

    public string Name => "Channel ping-pong spin TryRead";

    private static Channel<ValueEvent> NewChannel() =>
        Channel.CreateBounded<ValueEvent>(new BoundedChannelOptions(RingSizes.PingPong) { SingleReader = true, SingleWriter = true });

    private void Echo()
    {
        var reader = _ping.Reader;
        var writer = _pong.Writer;
        while (!_stop)
        {
            if (reader.TryRead(out var e))
            {
                writer.TryWrite(e);
            }
        }
    }

    public long RoundTrip(long value)
    {
        _ping.Writer.TryWrite(new ValueEvent { Value = value });
        var reader = _pong.Reader;
        ValueEvent e;
        while (!reader.TryRead(out e))
        {
        }

        return e.Value;
    }

    public void Dispose()
    {
        _stop = true;
        _echo.Join();
    }
}
