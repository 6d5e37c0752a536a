using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Ring.Barriers;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Processing;

/// <summary>
/// The consumer loop: waits on its barrier, hands every available event to the handler in one batch
/// (in place, by <c>ref</c>), then publishes its progress with one release store per batch. Generic over
/// handler and wait strategy structs, so the whole loop is specialised and the handler inlined.
/// </summary>
/// <remarks>
/// Invariants: <see cref="Sequence"/> is the last event handled (or skipped by a continue policy); events
/// are delivered in sequence order, each exactly once across halts and restarts.
/// Lifecycle: Idle → Running (Run/Start) → Halting (Halt, or a halt policy) → Idle. Transitions take a
/// small lock (never on the event path); the loop reads the state once per batch.
/// One barrier per processor: halting alerts the barrier, which would stop anything else waiting on it.
/// </remarks>
public sealed class BatchEventProcessor<T, THandler, TWait> : IEventProcessor
    where T : struct
    where THandler : struct, IEventHandler<T>
    where TWait : struct, IWaitStrategy
{
    private const int Idle = 0;
    private const int Running = 1;
    private const int Halting = 2;

    private readonly RingBuffer<T> _ring;
    private readonly SequenceBarrier _barrier;
    private readonly Sequence _sequence = new();
    private readonly IExceptionHandler<T> _exceptionHandler;
    private readonly object _lifecycle = new();
    private readonly ManualResetEventSlim _stopped = new(initialState: true);
    private THandler _handler;
    private TWait _wait;
    private int _state;
    private long _maxBatchSize = long.MaxValue;
    private long _inFlight; // processor thread only: the event being handled, for the exception path
    private Exception? _fault;

    /// <param name="ring">The ring to consume.</param>
    /// <param name="barrier">From <c>ring.NewBarrier(upstream sequences)</c>; one per processor.</param>
    /// <param name="handler">Copied into the processor.</param>
    /// <param name="exceptionHandler">Exception policy; <see cref="LogAndHaltExceptionHandler{T}"/> when null.</param>
    public BatchEventProcessor(RingBuffer<T> ring, SequenceBarrier barrier, THandler handler, IExceptionHandler<T>? exceptionHandler = null)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(barrier);
        if (ring.WaitStrategy is not TWait wait)
        {
            ThrowHelper.ThrowArgument(nameof(ring), $"the ring waits with {ring.WaitStrategy.GetType().Name} but the processor is specialised for {typeof(TWait).Name}");
            return;
        }

        if (!ReferenceEquals(barrier.CursorSequence, ring.CursorSequence))
        {
            ThrowHelper.ThrowArgument(nameof(barrier), "the barrier belongs to another ring");
        }

        _ring = ring;
        _barrier = barrier;
        _handler = handler;
        _wait = wait;
        _exceptionHandler = exceptionHandler ?? new LogAndHaltExceptionHandler<T>();
    }

    public Sequence Sequence => _sequence;

    public SequenceBarrier Barrier => _barrier;

    public bool IsRunning => Volatile.Read(ref _state) != Idle;

    public Exception? Fault => Volatile.Read(ref _fault);

    /// <summary>The processor's copy of the handler (inspect it once the processor has stopped).</summary>
    public ref THandler Handler => ref _handler;

    /// <summary>
    /// Caps a batch (default unbounded): a stage that must publish progress, or flush, at least every
    /// N events sets it. Only while not running.
    /// </summary>
    public long MaxBatchSize
    {
        get => _maxBatchSize;
        set
        {
            if (value < 1)
            {
                ThrowHelper.ThrowArgumentOutOfRange(nameof(value), "max batch size must be >= 1");
            }

            lock (_lifecycle)
            {
                if (_state != Idle)
                {
                    ThrowHelper.ThrowInvalidOperation("cannot change the batch size of a running processor");
                }

                _maxBatchSize = value;
            }
        }
    }

    public void Run()
    {
        EnterRunning();
        RunLoop();
    }

    public Thread Start(string? threadName = null)
    {
        EnterRunning();
        var thread = new Thread(RunLoop)
        {
            IsBackground = true,
            Name = threadName ?? $"ring-{typeof(THandler).Name}",
        };
        thread.Start();
        return thread;
    }

    public void Halt()
    {
        lock (_lifecycle)
        {
            if (_state == Running)
            {
                _state = Halting;
                _barrier.Alert(); // inside the lock: cannot land on a later run's freshly cleared barrier
            }
        }
    }

    public bool WaitUntilStopped(TimeSpan timeout) => _stopped.Wait(timeout);

    private void EnterRunning()
    {
        lock (_lifecycle)
        {
            if (_state != Idle)
            {
                ThrowHelper.ThrowInvalidOperation("the event processor is already running");
            }

            _barrier.ClearAlert();
            _fault = null;
            _state = Running;
            _stopped.Reset();
        }
    }

    // Nothing escapes the processor thread: handler callbacks go to the exception policy, and a failure of
    // the loop itself (a wait strategy interrupted, a policy that throws) stops the processor with Fault set.
    private void RunLoop()
    {
        try
        {
            try
            {
                _handler.OnStart();
            }
            catch (Exception ex)
            {
                ReportQuietly(ex, onStart: true);
            }

            ProcessEvents();
        }
        catch (Exception ex)
        {
            Volatile.Write(ref _fault, ex);
            ReportQuietly(ex, onStart: false);
        }
        finally
        {
            try
            {
                _handler.OnShutdown();
            }
            catch (Exception ex)
            {
                ReportQuietly(ex, onStart: false);
            }

            lock (_lifecycle)
            {
                _state = Idle;
                _stopped.Set();
            }
        }
    }

    private void ReportQuietly(Exception ex, bool onStart)
    {
        try
        {
            if (onStart)
            {
                _exceptionHandler.OnStartException(ex);
            }
            else
            {
                _exceptionHandler.OnShutdownException(ex);
            }
        }
        catch (Exception)
        {
            // The policy itself failed while reporting; there is nobody left to tell on this thread.
        }
    }

    // Entered once per run and then loops for the life of the processor, so tiering would only ever run
    // it as Tier0 + on-stack-replacement code: compile it fully optimised up front. Everything it calls
    // is a struct generic, so PGO has nothing left to devirtualise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ProcessEvents()
    {
        long next = _sequence.Value + 1;
        var gapSpinner = default(SpinWait);

        while (Volatile.Read(ref _state) == Running)
        {
            long available = _barrier.WaitFor(next, ref _wait);
            if (available >= next)
            {
                if (available - next >= _maxBatchSize)
                {
                    available = next + _maxBatchSize - 1;
                }

                try
                {
                    DispatchBatch(next, available);
                }
                catch (Exception ex)
                {
                    // _inFlight is the event that threw: everything before it was handled.
                    long failed = _inFlight;
                    if (!OnEventException(ex, failed))
                    {
                        return;
                    }

                    available = failed;
                }

                next = available + 1;

                // Release store: our reads/annotations of these slots happen-before a downstream stage
                // (or the producer reusing a slot) acquire-reads this value.
                _sequence.Value = available;
                if (_wait.IsBlockingStrategy)
                {
                    // Folded away for spinning strategies (constant per struct type). Wakes downstream
                    // stages parked on our sequence; one fence when nobody is parked.
                    _wait.SignalAllWhenBlocking();
                }

                gapSpinner.Reset();
            }
            else if (available == WaitResult.Alerted)
            {
                return; // halted (or someone alerted our barrier: treated the same)
            }
            else if (available == WaitResult.Timeout)
            {
                OnTimeout(_sequence.Value);
            }
            else
            {
                // Multi producer: the cursor is past 'next' but its claim is not yet published. The other
                // producer is between claim and publish (nanoseconds unless it was descheduled).
                gapSpinner.SpinOnce(sleep1Threshold: -1);
            }
        }
    }

    // The per-event loop lives outside the try region on purpose: locals that are live in a try block
    // are kept on the stack, which turned 'next' into a load-increment-store chain per event (seen in
    // the JIT disassembly). Here everything is in registers; the one plain store per event (_inFlight,
    // a field only this thread touches) tells the catch block which event failed.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void DispatchBatch(long next, long available)
    {
        ref T slots = ref _ring.FirstSlot;
        long mask = _ring.Mask;
        _inFlight = next;
        _handler.OnBatchStart(available - next + 1);
        for (long sequence = next; sequence <= available; sequence++)
        {
            _inFlight = sequence;
            _handler.OnEvent(ref Unsafe.Add(ref slots, (int)(sequence & mask)), sequence, sequence == available);
        }
    }

    /// <summary>Returns true to continue after the failing event, false to halt before it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool OnEventException(Exception ex, long sequence)
    {
        ExceptionAction action;
        try
        {
            action = _exceptionHandler.OnEventException(ex, sequence, ref _ring[sequence]);
        }
        catch (Exception policyFailure)
        {
            ex = new AggregateException("the exception handler itself threw", ex, policyFailure);
            action = ExceptionAction.Halt;
        }

        if (action == ExceptionAction.Continue)
        {
            return true;
        }

        // Halt before the failing event: a restart redelivers it and everything after it exactly once.
        _sequence.Value = sequence - 1;
        lock (_lifecycle)
        {
            _fault = ex;
            if (_state == Running)
            {
                _state = Halting;
            }
        }

        if (_wait.IsBlockingStrategy)
        {
            _wait.SignalAllWhenBlocking();
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnTimeout(long sequence)
    {
        try
        {
            _handler.OnTimeout(sequence);
        }
        catch (Exception ex)
        {
            try
            {
                _exceptionHandler.OnTimeoutException(ex, sequence);
            }
            catch (Exception)
            {
                // The policy itself failed while reporting: keep waiting, as for a handled timeout failure.
            }
        }
    }
}
