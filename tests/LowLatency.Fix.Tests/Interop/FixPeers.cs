using LowLatency.Testing;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>
/// Finds the independent FIX engines of <c>../shared/peers</c> (or <c>LOWLATENCY_FIX_PEERS</c>) and their installed
/// work folder (<c>PEERS_WORK</c>, default <c>~/.cache/fix-peers</c>). Missing peers skip the interop tests with
/// how to install them — except under CI (<c>CI=true</c>), where a missing peer is a failure.
/// </summary>
public static class FixPeers
{
    public static string Directory { get; } = FindDirectory();

    public static string WorkDirectory { get; } = Environment.GetEnvironmentVariable("PEERS_WORK") is { Length: > 0 } work
        ? work
        : Path.Combine(Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : "/root", ".cache", "fix-peers");

    public static string PeerCtl => Path.Combine(Directory, "peerctl.sh");

    /// <summary>Skips (or, under CI, fails) the calling test unless <paramref name="kind"/> ("qf" or "js") is installed.</summary>
    public static void Require(string kind)
    {
        string? missing = null;
        if (!File.Exists(PeerCtl))
        {
            missing = $"{PeerCtl} not found";
        }
        else if (kind == "qf" && !File.Exists(Path.Combine(WorkDirectory, "qf-peer")))
        {
            missing = $"{Path.Combine(WorkDirectory, "qf-peer")} not built";
        }
        else if (kind == "js" && !System.IO.Directory.Exists(Path.Combine(WorkDirectory, "js", "node_modules", "jspurefix")))
        {
            missing = $"jspurefix not installed under {Path.Combine(WorkDirectory, "js")}";
        }

        if (missing is null)
        {
            return;
        }

        string how = $"FIX peer '{kind}' unavailable ({missing}). Install with: ../shared/peers/peerctl.sh install qf && " +
                     "../shared/peers/peerctl.sh build qf && ../shared/peers/peerctl.sh install js (or set LOWLATENCY_FIX_PEERS)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(how);
        }

        Assert.Skip(how);
    }

    private static string FindDirectory() =>
        Environment.GetEnvironmentVariable("LOWLATENCY_FIX_PEERS") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "peers"));
}
