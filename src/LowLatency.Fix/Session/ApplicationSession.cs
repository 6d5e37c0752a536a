using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Fix.Store;
using LowLatency.Fix.Transport;

namespace LowLatency.Fix.Session;

/// <summary>
/// A <see cref="FixSession"/> bound to the application struct <typeparamref name="TApp"/>: the one place the
/// application type is known, so the state machine calls it directly (no interface dispatch, no boxing) while
/// the transport and the public handle stay non-generic.
/// </summary>
internal sealed class ApplicationSession<TApp> : FixSession
    where TApp : struct, IFixApplication
{
    private TApp _app;

    public ApplicationSession(FixSessionSettings settings, int index, TApp app, IMessageStore store, IMessageLog log,
        FixValidator validator, IClock clock, int outboundBufferSize, int maxOutboundBufferSize)
        : base(settings, index, store, log, validator, clock, outboundBufferSize, maxOutboundBufferSize)
    {
        _app = app;
    }

    private protected override void ProcessMessage(ref ChannelOutput output, in FixMessage message, long now) =>
        Protocol.OnMessage(ref output, ref _app, this, in message, now);

    private protected override void ProcessDisconnected() => Protocol.OnDisconnected(ref _app, this);
}
