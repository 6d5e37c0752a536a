namespace LowLatency.Ring.Processing;

/// <summary>
/// Fail-stop exception policy (the processor default): report the failure and halt with the failing
/// event not counted as processed, so nothing is silently skipped and a restart resumes at it.
/// Producers then stop at a full ring: back-pressure makes the fault visible upstream.
/// </summary>
public sealed class LogAndHaltExceptionHandler<T> : IExceptionHandler<T>
    where T : struct
{
    private readonly Action<Exception, long> _log;

    /// <param name="log">Receives the exception and the failing sequence; standard error when null.</param>
    public LogAndHaltExceptionHandler(Action<Exception, long>? log = null) =>
        _log = log ?? ExceptionLog.ToStandardError;

    public ExceptionAction OnEventException(Exception exception, long sequence, ref T e)
    {
        _log(exception, sequence);
        return ExceptionAction.Halt;
    }

    public void OnStartException(Exception exception) => _log(exception, Sequence.InitialValue);

    public void OnShutdownException(Exception exception) => _log(exception, Sequence.InitialValue);

    public void OnTimeoutException(Exception exception, long sequence) => _log(exception, sequence);
}
