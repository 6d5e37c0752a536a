using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>One recorded venue command; requests are rebuilt on the stack at replay, as the FIX gateway would.</summary>
public struct TapeCommand
{
    public TapeOp Op;
    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;
    public int Owner;
    public ClientOrderId Id;
    public ClientOrderId OrigId;
    public Price Price;
    public Quantity Quantity;
}

/// <summary>Kind of a <see cref="TapeCommand"/>.</summary>
public enum TapeOp : byte
{
    Submit,
    Cancel,
    Replace,
}

/// <summary>Order mixes the benchmarks replay.</summary>
public enum TapeMix
{
    /// <summary>Passive adds and cancels only: the book changes, nothing trades (the baseline).</summary>
    PassiveAddCancel,

    /// <summary>45% passive adds near the touch, 30% cancels, 10% replaces, 15% marketable IOC sweeping 1–5 ticks.</summary>
    Realistic,
}

/// <summary>
/// A deterministic command tape that leaves the book exactly as it found it (empty): generated against a
/// shadow engine so every cancel and replace names a live order, and closed by cancelling whatever is
/// still resting. Replaying it again and again therefore measures the same work every time.
/// </summary>
public static class OrderTape
{
    public const int MidTicks = 10_000;

    public static readonly InstrumentId Instrument = new(0);

    public static Instrument[] Instruments() =>
    [
        new Instrument
        {
            Id = Instrument,
            Symbol = "BENCH",
            Kind = InstrumentKind.Spot,
            Underlying = Instrument,
            TickSize = new Price(1, 2),
            LotSize = new Quantity(1, 0),
        },
    ];

    public static MatchingEngineOptions Options() => new() { MaxOpenOrdersPerInstrument = 16_384, InitialLevelsPerSide = 256 };

    /// <summary>Exactly <paramref name="length"/> commands of <paramref name="mix"/>, ending with an empty book.</summary>
    public static TapeCommand[] Build(TapeMix mix, int length, int seed = 42)
    {
        var shadow = new MatchingEngine<BenchListener>(Instruments(), default, Options());
        OrderBook book = shadow.GetBook(Instrument);
        var random = new Random(seed);
        var tape = new List<TapeCommand>(length);
        var live = new List<(int Owner, ClientOrderId Id, Side Side)>();
        long nextId = 1;
        const int prefill = 2_000;
        const int maxLive = 6_000;

        while (tape.Count + book.OpenOrderCount < length)
        {
            int resting = book.OpenOrderCount;
            int budget = length - tape.Count - resting;
            int roll = random.Next(100);
            TapeCommand command;
            if (budget < 3)
            {
                // Only commands that cannot leave a resting order fit in what is left of the tape.
                command = Aggressive(random, ref nextId, crossTicks: 0);
            }
            else if (tape.Count < prefill || resting < 50)
            {
                command = Passive(random, ref nextId);
            }
            else if (mix == TapeMix.PassiveAddCancel)
            {
                command = roll < 50 && resting < maxLive ? Passive(random, ref nextId) : CancelOf(TakeLive(live, random, book), ref nextId);
            }
            else if (roll < 45 && resting < maxLive)
            {
                command = Passive(random, ref nextId);
            }
            else if (roll < 75)
            {
                command = CancelOf(TakeLive(live, random, book), ref nextId);
            }
            else if (roll < 85)
            {
                (int owner, ClientOrderId orig, Side side) = TakeLive(live, random, book);
                long ticks = side == Side.Buy ? MidTicks - 1 - random.Next(30) : MidTicks + 1 + random.Next(30);
                command = new TapeCommand
                {
                    Op = TapeOp.Replace, Owner = owner, Id = ClientOrderId.FromNumber(nextId++), OrigId = orig, Side = side,
                    Price = new Price(ticks, 2), Quantity = new Quantity(1 + random.Next(10), 0),
                };
            }
            else
            {
                command = Aggressive(random, ref nextId, crossTicks: 1 + random.Next(5));
            }

            Apply(shadow, in command);
            tape.Add(command);
            if (command.Op != TapeOp.Cancel && book.TryGetOrder(command.Owner, command.Id, out _))
            {
                live.Add((command.Owner, command.Id, command.Side));
            }

            if (command.Op == TapeOp.Replace && book.TryGetOrder(command.Owner, command.OrigId, out _))
            {
                // Refused (e.g. new quantity not above what already filled): the original order still rests.
                live.Add((command.Owner, command.OrigId, command.Side));
            }
        }

        foreach ((int owner, ClientOrderId id, Side _) in live)
        {
            if (!book.TryGetOrder(owner, id, out _))
            {
                continue;
            }

            var cancel = CancelOf((owner, id, Side.Buy), ref nextId);
            Apply(shadow, in cancel);
            tape.Add(cancel);
        }

        if (tape.Count != length || book.OpenOrderCount != 0)
        {
            throw new InvalidOperationException($"tape generation broke its contract: {tape.Count} commands for {length}, {book.OpenOrderCount} orders left");
        }

        return [.. tape];
    }

    /// <summary>Sends one command to the engine (what the FIX gateway does per inbound message).</summary>
    public static void Apply<TListener>(MatchingEngine<TListener> engine, in TapeCommand c)
        where TListener : struct, IMatchingListener
    {
        switch (c.Op)
        {
            case TapeOp.Submit:
                engine.Submit(new NewOrderRequest(Instrument, c.Owner, c.Id, c.Side, c.Type, c.TimeInForce, c.Price, c.Quantity));
                break;
            case TapeOp.Cancel:
                engine.Cancel(new CancelRequest(Instrument, c.Owner, c.Id, c.OrigId));
                break;
            default:
                engine.Replace(new ReplaceRequest(Instrument, c.Owner, c.Id, c.OrigId, c.Side, c.Price, c.Quantity));
                break;
        }
    }

    private static TapeCommand Passive(Random random, ref long nextId)
    {
        Side side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
        // Most adds land within a few ticks of the touch, a tail further out: depth like a real book.
        int away = random.Next(4) == 0 ? random.Next(50) : random.Next(6);
        long ticks = side == Side.Buy ? MidTicks - 1 - away : MidTicks + 1 + away;
        return new TapeCommand
        {
            Op = TapeOp.Submit, Owner = 1 + random.Next(8), Id = ClientOrderId.FromNumber(nextId++), Side = side, Type = OrderType.Limit,
            TimeInForce = TimeInForce.GoodTillCancel, Price = new Price(ticks, 2), Quantity = new Quantity(1 + random.Next(10), 0),
        };
    }

    private static TapeCommand Aggressive(Random random, ref long nextId, int crossTicks)
    {
        Side side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
        long ticks = side == Side.Buy ? MidTicks + crossTicks : MidTicks - crossTicks;
        return new TapeCommand
        {
            Op = TapeOp.Submit, Owner = 9 + random.Next(4), Id = ClientOrderId.FromNumber(nextId++), Side = side, Type = OrderType.Limit,
            TimeInForce = TimeInForce.ImmediateOrCancel, Price = new Price(ticks, 2), Quantity = new Quantity(1 + random.Next(20), 0),
        };
    }

    private static TapeCommand CancelOf((int Owner, ClientOrderId Id, Side Side) order, ref long nextId) => new()
    {
        Op = TapeOp.Cancel, Owner = order.Owner, Id = ClientOrderId.FromNumber(nextId++), OrigId = order.Id,
    };

    /// <summary>A random order that is still resting (the list also holds orders that have since filled).</summary>
    private static (int, ClientOrderId, Side) TakeLive(List<(int Owner, ClientOrderId Id, Side Side)> live, Random random, OrderBook book)
    {
        while (true)
        {
            int i = random.Next(live.Count);
            var picked = live[i];
            live[i] = live[^1];
            live.RemoveAt(live.Count - 1);
            if (book.TryGetOrder(picked.Owner, picked.Id, out _))
            {
                return picked;
            }
        }
    }
}
