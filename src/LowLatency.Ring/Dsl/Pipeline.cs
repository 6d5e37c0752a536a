using LowLatency.Core;
using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Dsl;

/// <summary>
/// Small wiring DSL over one ring: stages in parallel, stages after others (A → B, a diamond that joins
/// two parallel stages), gating kept right (producers gate only on the last stage of each chain), then
/// start, drain and halt them together. Everything here is wiring time; the event path is the processors'.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new Pipeline&lt;Tick, BlockingWaitStrategy&gt;(ring);
/// var journal = pipeline.HandleEventsWith(new JournalHandler(), "journal");
/// var book = pipeline.HandleEventsWith(new BookHandler(), "book");
/// pipeline.After(journal, book).HandleEventsWith(new StrategyHandler(), "strategy");
/// pipeline.Start();
/// ...
/// pipeline.Shutdown(TimeSpan.FromSeconds(5)); // drain what was published, then halt
/// </code>
/// </example>
public sealed class Pipeline<T, TWait>
    where T : struct
    where TWait : struct, IWaitStrategy
{
    private readonly RingBuffer<T> _ring;
    private readonly List<IEventProcessor> _processors = [];
    private readonly List<string> _names = [];
    private bool _started;

    public Pipeline(RingBuffer<T> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        if (ring.WaitStrategy is not TWait)
        {
            ThrowHelper.ThrowArgument(nameof(ring), $"the ring waits with {ring.WaitStrategy.GetType().Name}, not {typeof(TWait).Name}");
        }

        _ring = ring;
    }

    /// <summary>The ring the stages consume.</summary>
    public RingBuffer<T> Ring => _ring;

    /// <summary>Every processor in the order added (for a server that runs them on its own threads).</summary>
    public IReadOnlyList<IEventProcessor> Processors => _processors;

    /// <summary>A stage that consumes straight from the producers (parallel to other such stages).</summary>
    public BatchEventProcessor<T, THandler, TWait> HandleEventsWith<THandler>(
        THandler handler, string? name = null, IExceptionHandler<T>? exceptionHandler = null)
        where THandler : struct, IEventHandler<T> =>
        Add(handler, name, exceptionHandler, []);

    /// <summary>Starts a stage definition that runs after the given stages (each event reaches it only once all of them handled it).</summary>
    public PipelineStage<T, TWait> After(params IEventProcessor[] upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        if (upstream.Length == 0)
        {
            ThrowHelper.ThrowArgument(nameof(upstream), "name at least one upstream stage");
        }

        foreach (var p in upstream)
        {
            if (!_processors.Contains(p))
            {
                ThrowHelper.ThrowArgument(nameof(upstream), "an upstream stage does not belong to this pipeline");
            }
        }

        return new PipelineStage<T, TWait>(this, (IEventProcessor[])upstream.Clone());
    }

    internal BatchEventProcessor<T, THandler, TWait> Add<THandler>(
        THandler handler, string? name, IExceptionHandler<T>? exceptionHandler, IEventProcessor[] upstream)
        where THandler : struct, IEventHandler<T>
    {
        if (_started)
        {
            ThrowHelper.ThrowInvalidOperation("add stages before Start");
        }

        var dependencies = new Sequence[upstream.Length];
        for (int i = 0; i < upstream.Length; i++)
        {
            dependencies[i] = upstream[i].Sequence;
        }

        var processor = new BatchEventProcessor<T, THandler, TWait>(_ring, _ring.NewBarrier(dependencies), handler, exceptionHandler);

        // Producers gate on the ends of chains only: the new stage is an end, its upstream no longer are.
        _ring.AddGatingSequences(processor.Sequence);
        foreach (var d in dependencies)
        {
            _ring.RemoveGatingSequence(d);
        }

        _processors.Add(processor);
        _names.Add(name ?? $"ring-{_processors.Count}-{typeof(THandler).Name}");
        return processor;
    }

    /// <summary>Starts every stage on its own named background thread.</summary>
    public void Start()
    {
        if (_started)
        {
            ThrowHelper.ThrowInvalidOperation("the pipeline is already started");
        }

        _started = true;
        for (int i = 0; i < _processors.Count; i++)
        {
            _processors[i].Start(_names[i]);
        }
    }

    /// <summary>
    /// Waits until every stage has processed everything published up to now (call after the producers
    /// stopped). False on timeout, or at once if a stage is not running (halted by a fault: it will not catch up).
    /// </summary>
    public bool Drain(TimeSpan timeout)
    {
        long target = _ring.Cursor;
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        var spinner = default(SpinWait);
        foreach (var p in _processors)
        {
            while (p.Sequence.Value < target)
            {
                if (!p.IsRunning || Environment.TickCount64 > deadline)
                {
                    return false;
                }

                spinner.SpinOnce();
            }
        }

        return true;
    }

    /// <summary>Halts every stage (after the batch in hand) and waits for their threads to stop; true if all stopped in time.</summary>
    public bool Halt(TimeSpan timeout)
    {
        foreach (var p in _processors)
        {
            p.Halt();
        }

        bool stopped = true;
        foreach (var p in _processors)
        {
            stopped &= p.WaitUntilStopped(timeout);
        }

        _started = !stopped;
        return stopped;
    }

    /// <summary>Clean stop: drain, then halt. True only if everything published was processed and all stages stopped.</summary>
    public bool Shutdown(TimeSpan timeout)
    {
        bool drained = Drain(timeout);
        return Halt(timeout) && drained;
    }
}
