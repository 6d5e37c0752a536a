namespace LowLatency.Core.Agents;

/// <summary>
/// A unit of work run in a loop by an <see cref="AgentRunner{TAgent, TIdle}"/>: each call does a bounded
/// amount of work and says how much, so the runner's idle strategy alone decides how the thread waits.
/// </summary>
public interface IAgent
{
    string RoleName { get; }

    /// <summary>Runs on the agent thread before the first duty cycle.</summary>
    void OnStart();

    /// <summary>One duty cycle; returns the amount of work done (0 = idle).</summary>
    int DoWork();

    /// <summary>Runs on the agent thread after the last duty cycle.</summary>
    void OnClose();
}
