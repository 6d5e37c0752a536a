namespace LowLatency.Ring.Processing;

/// <summary>
/// Exception policy for stages where one bad event must not stop the flow (market-data state,
/// metrics): report the failure and skip the event.
/// </summary>
public sealed class LogAndContinueExceptionHandler<T> : IExceptionHandler<T>
    where T : struct
{
    private readonly Action<Exception, long> _log;

    /// <param name="log">Receives the exception and the failing sequence; standard error when null.</param>
    public LogAndContinueExceptionHandler(Action<Exception, long>? log = null) =>
        _log = log ?? ExceptionLog.ToStandardError;

    public ExceptionAction OnEventException(Exception exception, long sequence, ref T e)
    {
        _log(exception, sequence);
        return ExceptionAction.Continue;
    }

    public void OnStartException(Exception exception) => _log(exception, Sequence.InitialValue);

    public void OnShutdownException(Exception exception) => _log(exception, Sequence.InitialValue);

    public void OnTimeoutException(Exception exception, long sequence) => _log(exception, sequence);
}
