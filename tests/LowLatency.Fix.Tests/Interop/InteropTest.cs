using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Store;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>
/// What every interop test class shares: a temp folder, a free port, and everything started (peers, engines) disposed
/// in reverse order however the test ends — so no peer process outlives its test.
/// </summary>
public abstract class InteropTest : IDisposable
{
    private readonly List<IDisposable> _cleanup = new();

    private TestDirectory? _dir;

    /// <summary>Created on first use (a skipped test leaves no folder behind).</summary>
    protected TestDirectory Dir => _dir ??= new TestDirectory();

    protected int Port { get; } = FreePort.Next();

    /// <summary>Registers <paramref name="item"/> for disposal at the end of the test.</summary>
    protected T Track<T>(T item)
        where T : IDisposable
    {
        _cleanup.Add(item);
        return item;
    }

    /// <summary>A log folder for the next peer process.</summary>
    protected string NextLogDirectory(string kind) => Dir.File($"{kind}-log-{_cleanup.Count}");

    /// <summary>Opens our session's (closed) file store, to change it between runs as a lost message would.</summary>
    protected static FileMessageStore OpenStore(string path, string us, string them) =>
        new(new FileMessageStoreOptions(path, new FixSessionId("FIX.4.4", us, them).FilePrefix));

    public void Dispose()
    {
        for (int i = _cleanup.Count - 1; i >= 0; i--)
        {
            _cleanup[i].Dispose();
        }

        _dir?.Dispose();
        GC.SuppressFinalize(this);
    }
}
