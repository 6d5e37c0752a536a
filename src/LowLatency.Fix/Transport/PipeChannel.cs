using System.Buffers;
using System.IO.Pipelines;

namespace LowLatency.Fix.Transport;

/// <summary>
/// The sending side of an in-process connection over a <see cref="PipeWriter"/> (an in-process venue, tests).
/// The pipe must not pause its writer (<c>pauseWriterThreshold: 0</c>): a send never waits.
/// </summary>
internal sealed class PipeChannel : ITransportChannel
{
    private readonly PipeWriter _output;
    private readonly PipeReader _input;
    private readonly Lock _lock = new();
    private bool _closed;

    public PipeChannel(IDuplexPipe transport, string remoteName)
    {
        _output = transport.Output;
        _input = transport.Input;
        RemoteName = remoteName;
    }

    public string RemoteName { get; }

    public bool IsClosed
    {
        get
        {
            lock (_lock)
            {
                return _closed;
            }
        }
    }

    public int Send(ReadOnlySpan<byte> bytes)
    {
        // The lock only orders a send against Close from the reader (a PipeWriter is single-writer): in-process use.
        lock (_lock)
        {
            if (_closed)
            {
                return -1;
            }

            _output.Write(bytes);
            ValueTask<FlushResult> flush = _output.FlushAsync();
            FlushResult result = flush.IsCompleted ? flush.Result : flush.AsTask().GetAwaiter().GetResult();
            return result.IsCompleted ? -1 : bytes.Length;
        }
    }

    public void Close(bool graceful)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _output.Complete(); // the peer reads what was sent, then the end
        }

        _input.CancelPendingRead();
    }
}
