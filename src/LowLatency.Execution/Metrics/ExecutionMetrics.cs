using System.Runtime.CompilerServices;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;

namespace LowLatency.Execution.Metrics;

// Memory model: one writer (the decision thread) increments with a plain read and a Volatile.Write (release);
// the metrics thread reads with Volatile.Read (acquire). No locks, no Interlocked (there is no second writer), so
// an increment costs a load and a store on a line only the writer dirties. Readers see each counter's latest or
// a slightly older value; counters are not read as one atomic snapshot (a fill ratio may be off by one in flight).

/// <summary>
/// Order-flow counters: engine-wide (<see cref="ExecutionCounter"/>), risk refusals by <see cref="RiskReason"/>, route
/// failures by <see cref="RouteReason"/>, report outcomes by <see cref="ReportOutcome"/>, venue reject codes, and per
/// venue (<see cref="VenueCounter"/>), each on its own padded cache lines; plus the tick-to-order histogram.
/// </summary>
public sealed class ExecutionMetrics
{
    private const int OutcomeSlots = 64;
    private const int RejectCodeSlots = 101; // OrdRejReason 0..99, then "other"

    private static readonly int GlobalCount = Enum.GetValues<ExecutionCounter>().Length;
    private static readonly int VenueCount = Enum.GetValues<VenueCounter>().Length;

    private readonly PaddedCounter[] _global;
    private readonly PaddedCounter[] _risk;
    private readonly PaddedCounter[] _route;
    private readonly PaddedCounter[] _outcomes;
    private readonly PaddedCounter[] _rejectCodes;
    private readonly PaddedCounter[] _venues;

    public ExecutionMetrics(int venues)
    {
        Venues = venues;
        _global = new PaddedCounter[GlobalCount];
        _risk = new PaddedCounter[RiskText.ReasonCount];
        _route = new PaddedCounter[(int)RouteReason.KillSwitch + 1];
        _outcomes = new PaddedCounter[OutcomeSlots];
        _rejectCodes = new PaddedCounter[RejectCodeSlots];
        _venues = new PaddedCounter[venues * VenueCount];
        TickToOrder = new FixedBucketHistogram();
    }

    public int Venues { get; }

    /// <summary>Decision timestamp (tick) → first child order handed to the sink, in ns.</summary>
    public FixedBucketHistogram TickToOrder { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Increment(ExecutionCounter counter) => Bump(ref _global[(int)counter].Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Increment(int venue, VenueCounter counter) => Bump(ref _venues[(venue * VenueCount) + (int)counter].Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Refused(RiskReason reason, int venue)
    {
        Bump(ref _risk[(int)reason].Value);
        Bump(ref _global[(int)ExecutionCounter.RiskRefusals].Value);
        if ((uint)venue < (uint)Venues)
        {
            Increment(venue, VenueCounter.RiskRefusals);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NotRouted(RouteReason reason) => Bump(ref _route[(int)reason].Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Outcome(ReportOutcome outcome) => Bump(ref _outcomes[(int)outcome & (OutcomeSlots - 1)].Value);

    internal void VenueRejectCode(int code) => Bump(ref _rejectCodes[(uint)code < RejectCodeSlots - 1 ? code : RejectCodeSlots - 1].Value);

    // ---- readers (any thread) ----
    public long Read(ExecutionCounter counter) => Volatile.Read(ref _global[(int)counter].Value);

    public long Read(int venue, VenueCounter counter) => Volatile.Read(ref _venues[(venue * VenueCount) + (int)counter].Value);

    public long Read(RiskReason reason) => Volatile.Read(ref _risk[(int)reason].Value);

    public long Read(RouteReason reason) => Volatile.Read(ref _route[(int)reason].Value);

    public long Read(ReportOutcome outcome) => Volatile.Read(ref _outcomes[(int)outcome & (OutcomeSlots - 1)].Value);

    /// <summary>Venue rejects with OrdRejReason <paramref name="code"/> (0..99; anything else counts at 100).</summary>
    public long ReadRejectCode(int code) => Volatile.Read(ref _rejectCodes[(uint)code < RejectCodeSlots - 1 ? code : RejectCodeSlots - 1].Value);

    /// <summary>Orders completely filled / orders sent, for one venue (0 when nothing sent).</summary>
    public double FillRatio(int venue)
    {
        long sent = Read(venue, VenueCounter.OrdersSent);
        return sent == 0 ? 0 : (double)Read(venue, VenueCounter.OrdersFilled) / sent;
    }

    /// <summary>Orders completely filled / orders sent, all venues.</summary>
    public double FillRatio()
    {
        long sent = Read(ExecutionCounter.OrdersSent);
        return sent == 0 ? 0 : (double)Read(ExecutionCounter.OrdersFilled) / sent;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bump(ref long value) => Volatile.Write(ref value, value + 1); // single writer: release store
}
