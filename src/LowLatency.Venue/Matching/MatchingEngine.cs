using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;

namespace LowLatency.Venue.Matching;

/// <summary>
/// One venue's matching: a book per instrument, venue-wide id counters, and the listener every event goes
/// to. This is the API the FIX acceptor maps onto: 35=D → <see cref="Submit"/>, 35=F → <see cref="Cancel"/>,
/// 35=G → <see cref="Replace"/>, logout/disconnect → <see cref="CancelAllForOwner"/>; the listener's events
/// become 35=8, 35=9 and 35=X. Single writer: call it from one thread (the venue's matching agent).
/// </summary>
/// <remarks>
/// Orders are keyed by (owner, ClOrdID) within an instrument's book: a cancel or replace names the instrument
/// (Symbol(55) is required on 35=F/G) and the order's current ClOrdID. Uniqueness is enforced among live
/// orders only; FIX's stricter "unique for the trading day" is the gateway's to enforce if it wants it.
/// A cancel does not check Side(54). Sequencing the commands of several sessions onto the matching thread
/// (a ring or queue) is the acceptor's job; this type does no locking.
/// </remarks>
/// <typeparam name="TListener">A struct, so every event call is specialised and inlined (no interface dispatch).</typeparam>
public sealed class MatchingEngine<TListener>
    where TListener : struct, IMatchingListener
{
    private readonly OrderBook?[] _booksById;
    private readonly OrderBook[] _books;
    private readonly VenueSequences _ids = new();
    private TListener _listener;

    public MatchingEngine(IReadOnlyList<Instrument> instruments, TListener listener, MatchingEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        options ??= new MatchingEngineOptions();
        if (instruments.Count == 0)
        {
            ThrowHelper.ThrowArgument(nameof(instruments), "a venue needs at least one instrument");
        }

        int maxId = -1;
        foreach (Instrument instrument in instruments)
        {
            if (instrument.Id.Value is < 0 or > 65_535)
            {
                ThrowHelper.ThrowArgument(nameof(instruments), $"{instrument.Symbol}: instrument id {instrument.Id.Value} must be 0..65535 (books are indexed by it)");
            }

            maxId = Math.Max(maxId, instrument.Id.Value);
        }

        _booksById = new OrderBook?[maxId + 1];
        _books = new OrderBook[instruments.Count];
        var symbols = new (string, InstrumentId)[instruments.Count];
        for (int i = 0; i < instruments.Count; i++)
        {
            Instrument instrument = instruments[i];
            if (_booksById[instrument.Id.Value] is not null)
            {
                ThrowHelper.ThrowArgument(nameof(instruments), $"instrument id {instrument.Id.Value} appears twice");
            }

            var book = new OrderBook(instrument, options.MaxOpenOrdersPerInstrument, options.InitialLevelsPerSide, _ids);
            _booksById[instrument.Id.Value] = book;
            _books[i] = book;
            symbols[i] = (instrument.Symbol, instrument.Id);
        }

        Symbols = new SymbolIndex(symbols);
        _listener = listener;
    }

    /// <summary>The listener, by reference: its state is the engine's copy (a struct held in this class).</summary>
    public ref TListener Listener => ref _listener;

    /// <summary>Symbol(55) → instrument for the gateway.</summary>
    public SymbolIndex Symbols { get; }

    /// <summary>All books, in configuration order.</summary>
    public ReadOnlySpan<OrderBook> Books => _books;

    /// <summary>Last OrderID assigned (venue-wide).</summary>
    public long LastOrderId => _ids.OrderId;

    /// <summary>Last ExecID assigned (venue-wide).</summary>
    public long LastExecutionId => _ids.ExecutionId;

    /// <summary>Last trade id assigned (venue-wide).</summary>
    public long LastTradeId => _ids.TradeId;

    public bool TryGetBook(InstrumentId instrument, [NotNullWhen(true)] out OrderBook? book)
    {
        OrderBook?[] books = _booksById;
        int id = instrument.Value;
        book = (uint)id < (uint)books.Length ? books[id] : null;
        return book is not null;
    }

    /// <summary>The book of <paramref name="instrument"/>; throws for an instrument the venue does not trade.</summary>
    public OrderBook GetBook(InstrumentId instrument) =>
        TryGetBook(instrument, out OrderBook? book) ? book : ThrowHelper.ThrowInvalidOperation<OrderBook>($"instrument {instrument} is not traded on this venue");

    /// <summary>NewOrderSingle: accepted, matched, rested or cancelled, or rejected with a reason; never throws.</summary>
    public void Submit(in NewOrderRequest request)
    {
        if (TryGetBook(request.Instrument, out OrderBook? book))
        {
            book.Submit(in request, ref _listener);
        }
        else
        {
            RejectUnknownInstrument(in request);
        }
    }

    /// <summary>OrderCancelRequest: a cancel report, or a cancel reject (unknown order/instrument); never throws.</summary>
    public void Cancel(in CancelRequest request)
    {
        if (TryGetBook(request.Instrument, out OrderBook? book))
        {
            book.Cancel(in request, ref _listener);
        }
        else
        {
            RejectCancel(request.Owner, request.ClientOrderId, request.OrigClientOrderId, request.Instrument, CancelRejectResponseTo.Cancel);
        }
    }

    /// <summary>OrderCancelReplaceRequest: a replaced report (then any fills), or a cancel reject; never throws.</summary>
    public void Replace(in ReplaceRequest request)
    {
        if (TryGetBook(request.Instrument, out OrderBook? book))
        {
            book.Replace(in request, ref _listener);
        }
        else
        {
            RejectCancel(request.Owner, request.ClientOrderId, request.OrigClientOrderId, request.Instrument, CancelRejectResponseTo.Replace);
        }
    }

    /// <summary>Rejects an order before it reaches a book, e.g. for fault injection's reject-every-Nth-order.</summary>
    public void Reject(in NewOrderRequest request, OrderRejectReason reason)
    {
        int averageScale = TryGetBook(request.Instrument, out OrderBook? book)
            ? AveragePriceMath.ScaleFor(book.Definition.PriceScale)
            : request.Price.Scale;
        OrderBook.EmitEntryReject(ref _listener, in request, reason, _ids, new Price(0, averageScale));
    }

    /// <summary>Cancels every resting order of <paramref name="owner"/> in every book (session lost, cancel on disconnect).</summary>
    public void CancelAllForOwner(int owner)
    {
        foreach (OrderBook book in _books)
        {
            book.CancelAll(owner, dayOnly: false, CancelReason.MassCancel, ref _listener);
        }
    }

    /// <summary>End of the trading session: every Day order expires (GTC orders stay).</summary>
    public void ExpireDayOrders()
    {
        foreach (OrderBook book in _books)
        {
            book.CancelAll(OrderBook.AnyOwner, dayOnly: true, CancelReason.EndOfDay, ref _listener);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RejectUnknownInstrument(in NewOrderRequest request) =>
        OrderBook.EmitEntryReject(ref _listener, in request, OrderRejectReason.UnknownInstrument, _ids, new Price(0, request.Price.Scale));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RejectCancel(int owner, in ClientOrderId clientOrderId, in ClientOrderId origClientOrderId, InstrumentId instrument, CancelRejectResponseTo responseTo)
    {
        var reject = new CancelReject
        {
            Owner = owner,
            ClientOrderId = clientOrderId,
            OrigClientOrderId = origClientOrderId,
            Instrument = instrument,
            OrderId = 0,
            Status = Model.Orders.OrderStatus.Rejected,
            ResponseTo = responseTo,
            Reason = CancelRejectReason.UnknownInstrument,
        };
        _listener.OnCancelReject(in reject);
    }
}
