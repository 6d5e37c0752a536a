namespace LowLatency.Core.Agents;

/// <summary>
/// Owns one thread that runs an agent's duty cycle until disposed. Generic over struct-or-class agent
/// and struct idle strategy so the loop body is specialised and inlined. An exception from a duty
/// cycle goes to the error handler and the loop continues (the agent owns its own consistency);
/// the runner never lets an exception escape and kill the process.
/// </summary>
public sealed class AgentRunner<TAgent, TIdle> : IDisposable
    where TAgent : IAgent
    where TIdle : struct, IIdleStrategy
{
    private readonly Action<Exception> _errorHandler;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _closed = new(false);
    private TAgent _agent;
    private TIdle _idle;
    private volatile bool _running;
    private int _started;
    private int _disposed;

    public AgentRunner(TAgent agent, TIdle idle, Action<Exception> errorHandler)
    {
        _agent = agent;
        _idle = idle;
        _errorHandler = errorHandler;
        _thread = new Thread(Run) { IsBackground = true, Name = agent.RoleName };
    }

    public bool IsRunning => _running;

    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            ThrowHelper.ThrowInvalidOperation("agent already started");
        }

        _running = true;
        _thread.Start();
    }

    private void Run()
    {
        try
        {
            SafeInvoke(static (ref TAgent a) => a.OnStart());
            while (_running)
            {
                int work;
                try
                {
                    work = _agent.DoWork();
                }
                catch (Exception ex)
                {
                    work = 1;
                    _errorHandler(ex);
                }

                _idle.Idle(work);
            }
        }
        finally
        {
            SafeInvoke(static (ref TAgent a) => a.OnClose());
            _closed.Set();
        }
    }

    private delegate void AgentAction(ref TAgent agent);

    private void SafeInvoke(AgentAction action)
    {
        try
        {
            action(ref _agent);
        }
        catch (Exception ex)
        {
            _errorHandler(ex);
        }
    }

    /// <summary>Stops the loop after the current duty cycle and waits for OnClose.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _running = false;
        if (Volatile.Read(ref _started) != 0 && Thread.CurrentThread != _thread)
        {
            _closed.Wait();
        }

        _closed.Dispose();
    }
}
