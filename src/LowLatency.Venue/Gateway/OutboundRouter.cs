using System.Runtime.CompilerServices;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Session;
using LowLatency.Venue.Faults;

namespace LowLatency.Venue.Gateway;

// Paths of an outbound application message (all on the matching thread):
//  * common case: TrySend(flush: false) straight into the session's send buffer; the session is marked dirty and
//    flushed once at the end of the agent's batch — except market data, which is flushed as soon as no further
//    command is waiting (smart batching: one flush per burst under load, no wait for the end of the cycle when idle);
//  * delayed (fault injection's MessageDelay for every message, plus the venue's AddedLatency for order replies):
//    the body is rendered into a DelayLine now and sent when due — one line per delay keeps due times in order;
//  * order replies the session cannot take (logged out, back-pressured) are parked per session and delivered in
//    order as soon as it can (a reconnecting client learns what happened to its orders); market data it cannot
//    take is dropped and the subscription resynchronised with a fresh snapshot instead.

/// <summary>
/// Sends what the matching thread produces to the venue's FIX sessions: direct, delayed or parked; one flush per
/// session per batch. Allocation-free after construction.
/// </summary>
internal sealed class OutboundRouter
{
    private const int ScratchBytes = 256 * 1024;

    private readonly GatewaySession[] _sessions;
    private readonly VenueCounters _counters;
    private readonly DelayLine _orderLine;
    private readonly DelayLine _marketDataLine;
    private readonly long _orderDelayNanoseconds;
    private readonly long _marketDataDelayNanoseconds;
    private readonly bool _resendMarketData;
    private readonly byte[] _scratch = new byte[ScratchBytes];

    public OutboundRouter(GatewaySession[] sessions, VenueCounters counters, TimeSpan messageDelay, TimeSpan addedLatency, int lineEntries, int lineBytes, bool resendMarketData = true)
    {
        _sessions = sessions;
        _resendMarketData = resendMarketData;
        _counters = counters;
        _marketDataDelayNanoseconds = messageDelay.Ticks * 100;
        _orderDelayNanoseconds = (messageDelay + addedLatency).Ticks * 100;
        _orderLine = new DelayLine(_orderDelayNanoseconds > 0 ? lineEntries : 1, _orderDelayNanoseconds > 0 ? lineBytes : 64);
        _marketDataLine = new DelayLine(_marketDataDelayNanoseconds > 0 ? lineEntries : 1, _marketDataDelayNanoseconds > 0 ? lineBytes : 64);
    }

    /// <summary>Told when a market-data message could not be delivered, so the subscription is resynchronised.</summary>
    public MarketDataPublisher? MarketData { get; set; }

    /// <summary>Monotonic now of the current batch (set by the agent before it processes anything).</summary>
    public long Now { get; set; }

    /// <summary>Earliest due time of a delayed message (long.MaxValue: none).</summary>
    public long NextDue => Math.Min(_orderLine.NextDue, _marketDataLine.NextDue);

    /// <summary>An ExecutionReport, OrderCancelReject or BusinessMessageReject for <paramref name="session"/>; never lost while the venue runs (parked when it cannot go now).</summary>
    public void SendOrderReply<TBody>(int session, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        GatewaySession target = _sessions[session];
        if (_orderDelayNanoseconds > 0)
        {
            Delay(_orderLine, Now + _orderDelayNanoseconds, session, -1, in body);
        }
        else if (!target.LoggedOn || !target.Parked.IsEmpty)
        {
            Park(target, in body);
        }
        else
        {
            FixSendResult result = target.Fix.TrySend(in body, flush: false);
            if (result == FixSendResult.Sent)
            {
                target.Dirty = true;
            }
            else
            {
                OnOrderReplyRefused(target, result, in body);
            }
        }
    }

    /// <summary>A 35=W/X/Y for a subscriber; false when it was not taken (the caller resynchronises the subscription).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SendMarketData<TBody>(int session, int instrument, scoped in TBody body, out FixSendResult result)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (_marketDataDelayNanoseconds > 0)
        {
            result = Delay(_marketDataLine, Now + _marketDataDelayNanoseconds, session, instrument, in body) ? FixSendResult.Sent : FixSendResult.BackPressured;
            return result == FixSendResult.Sent;
        }

        GatewaySession target = _sessions[session];
        result = _resendMarketData ? target.Fix.TrySend(in body, flush: false) : target.Fix.TrySendTransient(in body, flush: false);
        if (result == FixSendResult.Sent)
        {
            target.Dirty = true;
            target.MarketDataDirty = true;
            return true;
        }

        return false;
    }

    /// <summary>Flushes the sessions holding unsent market data now (the gateway calls it when no command is waiting).</summary>
    public void FlushMarketData() => Flush(marketDataOnly: true);

    /// <summary>Sends the delayed messages that are due and what parked sessions can take now; returns how many left.</summary>
    public int ReleaseDue()
    {
        int released = ReleaseOrderLine() + ReleaseMarketDataLine();
        foreach (GatewaySession session in _sessions)
        {
            if (!session.Parked.IsEmpty && session.LoggedOn)
            {
                released += DrainParked(session);
            }
        }

        return released;
    }

    /// <summary>One flush per session that was written to in this batch.</summary>
    public void FlushDirty() => Flush(marketDataOnly: false);

    private void Flush(bool marketDataOnly)
    {
        foreach (GatewaySession session in _sessions)
        {
            if (marketDataOnly ? session.MarketDataDirty : session.Dirty)
            {
                session.Dirty = false; // one flush sends both kinds
                session.MarketDataDirty = false;
                session.Fix.Flush();
            }
        }
    }

    /// <summary>Drops what is parked for a session (the venue forgets it, e.g. its orders were not cancelled and it never returns).</summary>
    public void ClearParked(int session) => _sessions[session].Parked.Clear();

    private int ReleaseOrderLine()
    {
        int released = 0;
        while (_orderLine.TryPeek(out DelayLine.Entry entry) && entry.DueNanoseconds <= Now)
        {
            GatewaySession target = _sessions[entry.Session];
            var body = new RawBody(entry.MsgType, _orderLine.BodyOf(in entry));
            if (!target.LoggedOn || !target.Parked.IsEmpty)
            {
                Park(target, in body);
            }
            else
            {
                FixSendResult result = target.Fix.TrySend(in body, flush: false);
                if (result == FixSendResult.Sent)
                {
                    target.Dirty = true;
                }
                else
                {
                    OnOrderReplyRefused(target, result, in body);
                }
            }

            _orderLine.Pop();
            released++;
        }

        return released;
    }

    private int ReleaseMarketDataLine()
    {
        int released = 0;
        while (_marketDataLine.TryPeek(out DelayLine.Entry entry) && entry.DueNanoseconds <= Now)
        {
            GatewaySession target = _sessions[entry.Session];
            var body = new RawBody(entry.MsgType, _marketDataLine.BodyOf(in entry));
            FixSendResult result = target.Fix.TrySend(in body, flush: false);
            if (result == FixSendResult.Sent)
            {
                target.Dirty = true;
            }
            else if (entry.Instrument >= 0)
            {
                MarketData?.OnUndelivered(entry.Session, entry.Instrument, result);
            }

            _marketDataLine.Pop();
            released++;
        }

        return released;
    }

    private int DrainParked(GatewaySession session)
    {
        int sent = 0;
        while (session.Parked.TryPeek(out DelayLine.Entry entry))
        {
            var body = new RawBody(entry.MsgType, session.Parked.BodyOf(in entry));
            FixSendResult result = session.Fix.TrySend(in body, flush: false);
            if (result != FixSendResult.Sent)
            {
                if (result is FixSendResult.TooLarge or FixSendResult.AdminMessageType)
                {
                    session.Parked.Pop(); // can never go: do not block the line behind it
                    _counters.Increment(VenueCounter.UndeliverableMessages);
                    continue;
                }

                break;
            }

            session.Dirty = true;
            session.Parked.Pop();
            sent++;
        }

        return sent;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnOrderReplyRefused<TBody>(GatewaySession target, FixSendResult result, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (result is FixSendResult.NotLoggedOn or FixSendResult.BackPressured)
        {
            Park(target, in body);
        }
        else
        {
            _counters.Increment(VenueCounter.UndeliverableMessages);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Park<TBody>(GatewaySession target, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (TryRender(in body, out byte msgType, out int start, out int end) && target.Parked.TryAppend(0, target.Index, -1, msgType, _scratch.AsSpan(start, end - start)))
        {
            _counters.Increment(VenueCounter.ParkedMessages);
        }
        else
        {
            _counters.Increment(VenueCounter.UndeliverableMessages);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Delay<TBody>(DelayLine line, long due, int session, int instrument, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (TryRender(in body, out byte msgType, out int start, out int end) && line.TryAppend(due, session, instrument, msgType, _scratch.AsSpan(start, end - start)))
        {
            _counters.Increment(VenueCounter.DelayedMessages);
            return true;
        }

        _counters.Increment(VenueCounter.UndeliverableMessages);
        return false;
    }

    /// <summary>Encodes the body's fields into the scratch buffer (behind a throw-away header): bytes [start, end).</summary>
    private bool TryRender<TBody>(scoped in TBody body, out byte msgType, out int start, out int end)
        where TBody : IFixMessageBody, allows ref struct
    {
        ReadOnlySpan<byte> type = body.MsgType;
        msgType = type.Length == 1 ? type[0] : (byte)'j';
        var writer = new FixMessageWriter(_scratch, "FIX.4.4"u8, type);
        start = writer.Length;
        body.WriteBody(ref writer);
        end = writer.Length;
        return !writer.HasOverflowed && type.Length == 1;
    }
}
