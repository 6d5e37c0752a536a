using HdrHistogram;

namespace LowLatency.Server.Metrics;

/// <summary>
/// Tick-to-order latencies as HdrHistogram <see cref="Recorder"/>s (wait-free recording on the hot thread, interval
/// snapshots without stopping it): <see cref="TickToHandoff"/> (tick read from the socket → order in the outbound
/// ring, decision thread) and <see cref="TickToWire"/> (→ bytes handed to the socket, sender stage). A reader folds
/// the interval recorded so far into the running total and takes percentiles under a short lock, off the hot path.
/// </summary>
public sealed class LatencyMonitor
{
    /// <summary>Longest latency tracked (10 s); larger values are clamped, not thrown.</summary>
    public const long HighestTrackable = 10_000_000_000L;

    public LatencyMonitor()
    {
        TickToHandoff = new Channel("tick_to_handoff");
        TickToWire = new Channel("tick_to_wire");
    }

    public Channel TickToHandoff { get; }

    public Channel TickToWire { get; }

    /// <summary>One latency series: its recorder, the last interval and the running total.</summary>
    public sealed class Channel
    {
        private readonly Recorder _recorder = new(1, HighestTrackable, 3, (id, low, high, digits) => new LongHistogram(id, low, high, digits));
        private readonly LongHistogram _total = new(HighestTrackable, 3);
        private readonly object _gate = new();
        private HistogramBase? _interval;

        internal Channel(string name) => Name = name;

        public string Name { get; }

        /// <summary>Hot path (one writer thread): wait-free, no allocation.</summary>
        public void Record(long nanoseconds) => _recorder.RecordValue(Math.Clamp(nanoseconds, 1, HighestTrackable));

        /// <summary>Forgets everything recorded so far (a harness drops its warm-up).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _interval = _recorder.GetIntervalHistogram(_interval);
                _total.Reset();
            }
        }

        /// <summary>Percentiles (ns) of everything recorded so far: count, p50, p99, p99.9, max.</summary>
        public LatencySummary Summary()
        {
            lock (_gate)
            {
                _interval = _recorder.GetIntervalHistogram(_interval); // swaps the recorder's active histogram: the writer never waits
                _total.Add(_interval);
                return _total.TotalCount == 0 ? default
                    : new LatencySummary(_total.TotalCount, _total.GetValueAtPercentile(50), _total.GetValueAtPercentile(99), _total.GetValueAtPercentile(99.9), _total.GetMaxValue());
            }
        }
    }
}
