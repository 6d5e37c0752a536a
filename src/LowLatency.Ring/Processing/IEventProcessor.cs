using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.Processing;

/// <summary>
/// A consumer loop as the wiring code sees it, whatever its event, handler and wait types: its progress
/// sequence (for gating and for downstream barriers) and its lifecycle. The server runs it on a thread it
/// owns (<see cref="Run"/>, for names and affinity) or lets it make one (<see cref="Start"/>).
/// </summary>
public interface IEventProcessor
{
    /// <summary>Last sequence fully processed; downstream barriers and producers gate on it.</summary>
    Sequence Sequence { get; }

    /// <summary>The barrier this processor waits on.</summary>
    SequenceBarrier Barrier { get; }

    /// <summary>True from Run/Start until the loop has stopped and OnShutdown has run.</summary>
    bool IsRunning { get; }

    /// <summary>The exception that halted the processor under a halt policy, if any (cleared by the next run).</summary>
    Exception? Fault { get; }

    /// <summary>Runs the loop on the calling thread until <see cref="Halt"/>. Throws if already running.</summary>
    void Run();

    /// <summary>Runs the loop on a new background thread with the given name; returns the thread.</summary>
    Thread Start(string? threadName = null);

    /// <summary>
    /// Asks the loop to stop after the batch in hand; its sequence then stays at the last event handled
    /// and a later Run/Start resumes right after it. Returns at once; see <see cref="WaitUntilStopped"/>.
    /// </summary>
    void Halt();

    /// <summary>Blocks until the loop has stopped (or the timeout passed); true if stopped.</summary>
    bool WaitUntilStopped(TimeSpan timeout);
}
