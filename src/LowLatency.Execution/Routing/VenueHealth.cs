using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Routing;

/// <summary>
/// Which venue sessions are up (set by the engine on logon/logout/disconnect). The router skips a venue that is
/// down, killed, or whose book is stale; risk refuses orders for it. Decision-thread state, read by the dashboard
/// with <c>Volatile.Read</c> (writes use <c>Volatile.Write</c>).
/// </summary>
public sealed class VenueHealth
{
    private readonly int[] _connected;

    public VenueHealth(int venues)
    {
        _connected = new int[venues];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsConnected(int venue) => Volatile.Read(ref _connected[venue]) != 0;

    public void SetConnected(int venue, bool connected) => Volatile.Write(ref _connected[venue], connected ? 1 : 0);
}
