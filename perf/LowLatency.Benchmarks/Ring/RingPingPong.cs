using LowLatency.Ring;
using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// Round trip through two rings: the caller publishes on ping, an echo processor (busy-spin) republishes
/// on pong, the caller spins on pong's cursor. One round trip = two ring hops.
/// </summary>
public sealed class RingPingPong : IPingPong
{
    private readonly RingBuffer<ValueEvent> _ping;
    private readonly RingBuffer<ValueEvent> _pong;
    private readonly BatchEventProcessor<ValueEvent, EchoHandler, BusySpinWaitStrategy> _echo;
    private readonly Thread _thread;
    private readonly Sequence _pongConsumed = new();
    private long _nextPong;

    public RingPingPong()
    {
        _ping = RingBuffer<ValueEvent>.CreateSingleProducer(RingSizes.PingPong, new BusySpinWaitStrategy());
        _pong = RingBuffer<ValueEvent>.CreateSingleProducer(RingSizes.PingPong, new BusySpinWaitStrategy());
        _echo = new BatchEventProcessor<ValueEvent, EchoHandler, BusySpinWaitStrategy>(_ping, _ping.NewBarrier(), new EchoHandler(_pong));
        _ping.AddGatingSequences(_echo.Sequence);
        _pong.AddGatingSequences(_pongConsumed);
        _thread = _echo.Start("ring-echo");
    }

    public string Name => "ring ping-pong busy-spin";

    public long RoundTrip(long value)
    {
        long seq = _ping.Next();
        _ping[seq].Value = value;
        _ping.Publish(seq);

        long expected = _nextPong++;
        var pong = _pong;
        while (pong.Cursor < expected)
        {
            // spin: this thread is the pong ring's consumer
        }

        long echoed = pong[expected].Value;
        _pongConsumed.Value = expected;
        return echoed;
    }

    public void Dispose()
    {
        _echo.Halt();
        _thread.Join();
    }
}
