using System.IO.Pipelines;

namespace LowLatency.Testing.Net;

/// <summary>
/// Two ends of an in-memory full-duplex connection (two <see cref="Pipe"/>s crossed): what one end writes, the
/// other reads. Writers never pause (the FIX transport's in-process channel requires it), so a session under test
/// and a scripted counterparty talk without sockets, threads or timing.
/// </summary>
public sealed class InMemoryDuplexPipe
{
    private static readonly PipeOptions Options = new(pauseWriterThreshold: 0, resumeWriterThreshold: 0, useSynchronizationContext: false);

    private InMemoryDuplexPipe(IDuplexPipe a, IDuplexPipe b)
    {
        A = a;
        B = b;
    }

    /// <summary>One end (e.g. the engine's).</summary>
    public IDuplexPipe A { get; }

    /// <summary>The other end (e.g. the test counterparty's).</summary>
    public IDuplexPipe B { get; }

    public static InMemoryDuplexPipe Create()
    {
        var aToB = new Pipe(Options);
        var bToA = new Pipe(Options);
        return new InMemoryDuplexPipe(new End(bToA.Reader, aToB.Writer), new End(aToB.Reader, bToA.Writer));
    }

    private sealed class End(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
