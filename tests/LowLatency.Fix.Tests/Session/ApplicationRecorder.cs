using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>What the application side of a session under test saw, with waits for it (callbacks come from engine threads).</summary>
public sealed class ApplicationRecorder
{
    private readonly List<string> _messages = new();
    private readonly List<string> _rejects = new();
    private int _logons;
    private int _logouts;

    /// <summary>Optional reaction to an application message (e.g. fill an order), called inside the callback.</summary>
    public Action<FixSession, PeerMessage>? OnMessageAction { get; set; }

    /// <summary>Thrown from OnMessage when set (an application bug the session must survive).</summary>
    public Exception? ThrowOnMessage { get; set; }

    public int Logons => Volatile.Read(ref _logons);

    public int Logouts => Volatile.Read(ref _logouts);

    public IReadOnlyList<string> Messages => Snapshot(_messages);

    public IReadOnlyList<string> Rejects => Snapshot(_rejects);

    public void RecordLogon()
    {
        Interlocked.Increment(ref _logons);
        Pulse();
    }

    public void RecordLogout()
    {
        Interlocked.Increment(ref _logouts);
        Pulse();
    }

    public void RecordMessage(FixSession session, in FixMessage message)
    {
        if (ThrowOnMessage is { } error)
        {
            throw error;
        }

        string text = message.ToString();
        lock (_messages)
        {
            _messages.Add(text);
        }

        OnMessageAction?.Invoke(session, new PeerMessage(message.Buffer.ToArray()));
        Pulse();
    }

    public void RecordReject(in FixMessage reject)
    {
        lock (_rejects)
        {
            _rejects.Add(reject.ToString());
        }

        Pulse();
    }

    public bool WaitFor(Func<ApplicationRecorder, bool> condition, TimeSpan? timeout = null)
    {
        long deadline = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(5)).TotalMilliseconds;
        lock (this)
        {
            while (!condition(this))
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return false;
                }

                Monitor.Wait(this, TimeSpan.FromMilliseconds(Math.Min(left, 50)));
            }

            return true;
        }
    }

    private void Pulse()
    {
        lock (this)
        {
            Monitor.PulseAll(this);
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
