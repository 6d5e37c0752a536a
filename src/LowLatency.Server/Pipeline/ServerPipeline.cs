using LowLatency.Execution.Instruments;
using LowLatency.Fix.Session;
using LowLatency.Ring;
using LowLatency.Ring.Dsl;
using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The server's rings and stages for one wait strategy type (a struct generic, so every processor loop is
/// specialised): the inbound ring (multi-producer: session readers, the timer, control) with stage 1 (market-data
/// state ║ inbound journal) before the decision stage, and the outbound ring (single producer: the decision thread)
/// with the FIX sender ║ the journal.
/// </summary>
public sealed class ServerPipeline<TWait> : IServerPipeline
    where TWait : struct, IWaitStrategy
{
    private readonly Pipeline<InboundEvent, TWait> _inbound;
    private readonly Pipeline<OutboundEvent, TWait> _outbound;
    private IEventProcessor? _decision;
    private IEventProcessor? _journal;

    public ServerPipeline(TWait wait, int inboundSize, int outboundSize)
    {
        Inbound = RingBuffer<InboundEvent>.CreateMultiProducer(inboundSize, wait);
        Outbound = RingBuffer<OutboundEvent>.CreateSingleProducer(outboundSize, wait);
        _inbound = new Pipeline<InboundEvent, TWait>(Inbound);
        _outbound = new Pipeline<OutboundEvent, TWait>(Outbound);
    }

    public RingBuffer<InboundEvent> Inbound { get; }

    public RingBuffer<OutboundEvent> Outbound { get; }

    public long DecisionLag => _decision is null ? 0 : Math.Max(0, Inbound.Cursor - _decision.Sequence.Value);

    public long JournalLag => _journal is null ? 0 : Math.Max(0, Outbound.Cursor - _journal.Sequence.Value);

    public Exception? Fault
    {
        get
        {
            foreach (IEventProcessor p in _inbound.Processors)
            {
                if (p.Fault is { } f)
                {
                    return f;
                }
            }

            foreach (IEventProcessor p in _outbound.Processors)
            {
                if (p.Fault is { } f)
                {
                    return f;
                }
            }

            return null;
        }
    }

    public void Wire(DecisionCore core, MarketDataState marketData, VenueTable venues, JournalWriter journal, JournalWriter? inboundJournal,
        FixSession?[] sessionsByVenue, SendFailureQueue failures, ServerCounters counters, LatencyMonitor latency, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stage1 = new List<IEventProcessor>
        {
            _inbound.HandleEventsWith(new MarketDataStateHandler(marketData, venues, settings.MarketDataCpu), "ll-md-state"),
        };
        if (inboundJournal is not null)
        {
            stage1.Add(_inbound.HandleEventsWith(new InboundRecorderHandler(inboundJournal, settings.JournalCpu), "ll-inbound-journal"));
        }

        _decision = _inbound.After([.. stage1]).HandleEventsWith(new DecisionHandler(core, settings.DecisionCpu), "ll-decision");
        _outbound.HandleEventsWith(new FixSenderHandler(sessionsByVenue, Inbound, failures, counters, latency, settings.SenderCpu), "ll-fix-sender");
        _journal = _outbound.HandleEventsWith(new JournalHandler(journal, settings.JournalCpu), "ll-journal");
    }

    public void Start()
    {
        _outbound.Start();
        _inbound.Start();
    }

    public bool Stop(TimeSpan timeout)
    {
        bool inbound = _inbound.Shutdown(timeout);
        bool outbound = _outbound.Shutdown(timeout);
        return inbound && outbound;
    }
}
