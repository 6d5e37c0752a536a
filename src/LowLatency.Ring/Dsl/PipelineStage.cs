using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Dsl;

/// <summary>The "after these stages" half of <c>pipeline.After(a, b).HandleEventsWith(handler)</c>.</summary>
public readonly struct PipelineStage<T, TWait>
    where T : struct
    where TWait : struct, IWaitStrategy
{
    private readonly Pipeline<T, TWait> _pipeline;
    private readonly IEventProcessor[] _upstream;

    internal PipelineStage(Pipeline<T, TWait> pipeline, IEventProcessor[] upstream)
    {
        _pipeline = pipeline;
        _upstream = upstream;
    }

    /// <summary>Adds a stage that sees each event only after every upstream stage handled it.</summary>
    public BatchEventProcessor<T, THandler, TWait> HandleEventsWith<THandler>(
        THandler handler, string? name = null, IExceptionHandler<T>? exceptionHandler = null)
        where THandler : struct, IEventHandler<T> =>
        _pipeline.Add(handler, name, exceptionHandler, _upstream);
}
