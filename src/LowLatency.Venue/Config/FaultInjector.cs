namespace LowLatency.Venue.Config;

/// <summary>
/// The counting behind <see cref="FaultInjectionConfig"/>, one instance per FIX session: the session asks
/// before each outbound message and each inbound order, so the faults are deterministic and testable
/// without sockets. Single-threaded (the session's thread).
/// </summary>
public sealed class FaultInjector
{
    private readonly FaultInjectionConfig _config;
    private long _messages;
    private long _orders;
    private bool _silent;
    private bool _dropped;

    public FaultInjector(FaultInjectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
    }

    public FaultInjectionConfig Config => _config;

    /// <summary>Outbound messages asked about so far.</summary>
    public long MessagesSeen => _messages;

    /// <summary>Once silent, always silent (until a new session gets a new injector).</summary>
    public bool IsSilent => _silent;

    /// <summary>Call for each NewOrderSingle: true when this one must be rejected.</summary>
    public bool ShouldRejectOrder()
    {
        _orders++;
        int n = _config.RejectEveryNthOrder;
        return n > 0 && _orders % n == 0;
    }

    /// <summary>Call before each outbound application message; precedence: drop session, silence, drop, delay.</summary>
    public OutboundFault NextOutbound()
    {
        _messages++;
        if (_dropped || (_config.DropSessionAfterMessages > 0 && _messages > _config.DropSessionAfterMessages))
        {
            _dropped = true;
            return OutboundFault.DropSession;
        }

        if (_silent || (_config.GoSilentAfterMessages > 0 && _messages > _config.GoSilentAfterMessages))
        {
            _silent = true;
            return OutboundFault.Silent;
        }

        if (_config.DropEveryNthMessage > 0 && _messages % _config.DropEveryNthMessage == 0)
        {
            return OutboundFault.Drop;
        }

        return _config.MessageDelay > TimeSpan.Zero ? OutboundFault.Delay : OutboundFault.Send;
    }
}
