using System.Net;
using System.Net.Sockets;

namespace LowLatency.Testing.Net;

/// <summary>A loopback TCP port nobody listens on right now (bind port 0, read it, release), so parallel tests do not collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
