using System.Runtime.CompilerServices;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Transport;

/// <summary>
/// The production <see cref="ISessionOutput"/>: a session's <see cref="OutboundBuffer"/> in front of its current
/// connection's channel. A struct made per call from the session's fields (two references, no allocation).
/// </summary>
internal readonly struct ChannelOutput : ISessionOutput
{
    private readonly OutboundBuffer _buffer;
    private readonly ITransportChannel? _channel;

    public ChannelOutput(OutboundBuffer buffer, ITransportChannel? channel)
    {
        _buffer = buffer;
        _channel = channel;
    }

    public bool IsConnected => _channel is not null;

    public int Capacity => _buffer.Capacity;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> GetBuffer(int minimumLength) => _channel is null ? default : _buffer.GetFree(minimumLength, _channel);

    public bool TryGrow(int minimumLength) => _channel is not null && _buffer.TryGrow(minimumLength);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Commit(int length) => _buffer.Commit(length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flush()
    {
        if (_channel is not null && _buffer.HasPending)
        {
            _buffer.Flush(_channel);
        }
    }

    public void Disconnect()
    {
        if (_channel is null)
        {
            return;
        }

        Flush();
        _channel.Close(graceful: true);
    }
}
