namespace LowLatency.Execution.Config;

/// <summary>
/// Thrown at start-up when the execution configuration is invalid; the message lists every problem, each
/// naming the key (e.g. <c>Instruments[BTC-PERP].MaxOrderQuantity</c>), so the process refuses to start with
/// something an operator can fix in one pass.
/// </summary>
public sealed class ExecutionConfigException : Exception
{
    public ExecutionConfigException(IReadOnlyList<string> errors)
        : base("invalid execution configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors ?? []))
    {
        Errors = errors ?? [];
    }

    public ExecutionConfigException()
        : this([])
    {
    }

    public ExecutionConfigException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public ExecutionConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>One line per problem, each naming its key.</summary>
    public IReadOnlyList<string> Errors { get; }
}
