using System.Net;
using System.Reflection;
using LowLatency.Fix.Config.Schedule;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Store;
using LowLatency.Venue.Hosting;

namespace LowLatency.Venue.Tests.Hosting;

public sealed class SessionSettingsOverrideTests
{
    [Fact]
    public void EverySettingIsCopiedAndOnlyPortAndPathsAreOverridden()
    {
        var original = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", "V", "C", "S", "T", "Q"),
            ConnectionType = ConnectionType.Acceptor,
            SocketConnectHost = "h",
            SocketConnectPort = 1,
            SocketAcceptPort = 2,
            SocketAcceptAddress = IPAddress.Loopback,
            SocketNodelay = false,
            ReconnectInterval = TimeSpan.FromSeconds(3),
            HeartBtInt = 4,
            LogonTimeout = TimeSpan.FromSeconds(5),
            LogoutTimeout = TimeSpan.FromSeconds(6),
            Schedule = SessionSchedule.Always,
            ResetOnLogon = true,
            ResetOnLogout = true,
            ResetOnDisconnect = true,
            RefreshOnLogon = true,
            PersistMessages = false,
            SendRedundantResendRequests = true,
            CheckCompID = false,
            CheckLatency = false,
            MaxLatency = TimeSpan.FromSeconds(7),
            ValidateUserDefinedFields = false,
            ValidateFieldsOutOfOrder = false,
            FileStorePath = "store",
            FileLogPath = "log",
            FsyncPolicy = FsyncPolicy.Interval,
            FsyncInterval = TimeSpan.FromMilliseconds(8),
            FileLogBufferSize = 9,
            SourcePath = "file",
            SourceLine = 10,
        };

        FixSessionSettings copy = SessionSettingsOverride.Apply(original, port: 0, storePath: "/tmp/s", logPath: "/tmp/l", inMemory: false);
        FixSessionSettings kept = SessionSettingsOverride.Apply(original, null, null, null, inMemory: false);
        FixSessionSettings memory = SessionSettingsOverride.Apply(original, null, "/tmp/s", null, inMemory: true);

        foreach (PropertyInfo property in typeof(FixSessionSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Equal(property.GetValue(original), property.GetValue(kept));
            if (property.Name is not (nameof(FixSessionSettings.SocketAcceptPort) or nameof(FixSessionSettings.FileStorePath) or nameof(FixSessionSettings.FileLogPath)))
            {
                Assert.Equal(property.GetValue(original), property.GetValue(copy));
            }
        }

        Assert.Equal((0, "/tmp/s", "/tmp/l"), (copy.SocketAcceptPort, copy.FileStorePath, copy.FileLogPath));
        Assert.Equal((null, null), (memory.FileStorePath, memory.FileLogPath));
    }
}
