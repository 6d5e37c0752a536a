using LowLatency.Fix.Log;

namespace LowLatency.Testing.Fix;

/// <summary>
/// An <see cref="IMessageLog"/> that keeps everything in memory (thread-safe) so tests can assert on a session's
/// events and messages, and wait for an event to appear.
/// </summary>
public sealed class RecordingMessageLog : IMessageLog
{
    private readonly List<string> _events = new();
    private readonly List<string> _incoming = new();
    private readonly List<string> _outgoing = new();

    public long DroppedCount => 0;

    public IReadOnlyList<string> Events => Snapshot(_events);

    public IReadOnlyList<string> Incoming => Snapshot(_incoming);

    public IReadOnlyList<string> Outgoing => Snapshot(_outgoing);

    public void OnIncoming(ReadOnlySpan<byte> message) => Add(_incoming, FixText.ToReadable(message));

    public void OnOutgoing(ReadOnlySpan<byte> message) => Add(_outgoing, FixText.ToReadable(message));

    public void OnEvent(ReadOnlySpan<char> text) => Add(_events, text.ToString());

    /// <summary>Waits until an event containing <paramref name="fragment"/> was logged; false on timeout.</summary>
    public bool WaitForEvent(string fragment, TimeSpan timeout)
    {
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_events)
        {
            while (!_events.Exists(e => e.Contains(fragment, StringComparison.Ordinal)))
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0 || !Monitor.Wait(_events, TimeSpan.FromMilliseconds(left)))
                {
                    return _events.Exists(e => e.Contains(fragment, StringComparison.Ordinal));
                }
            }

            return true;
        }
    }

    public bool HasEvent(string fragment) => Events.Any(e => e.Contains(fragment, StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private static void Add(List<string> list, string item)
    {
        lock (list)
        {
            list.Add(item);
            Monitor.PulseAll(list);
        }
    }

    private static IReadOnlyList<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return list.ToArray();
        }
    }
}
