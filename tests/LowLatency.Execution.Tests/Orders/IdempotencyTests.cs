using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Orders;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Orders;

public class IdempotencyTests
{
    private readonly OrderTableFixture _f = new();

    [Fact]
    public void ADuplicateExecIdIsIgnoredAndTheFillCountsOnce()
    {
        int slot = _f.Create(10);
        OrderReport fill = _f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 4, lastQty: 4);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(in fill));
        Assert.Equal(ReportOutcome.DuplicateExecId, _f.Apply(in fill));
        Assert.Equal(4, _f.At(slot).Cum);
    }

    [Fact]
    public void APossDupResendOfASeenReportIsIgnoredButAnUnseenOneIsApplied()
    {
        int slot = _f.Create(10);
        OrderReport first = _f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 4, lastQty: 4);
        _f.Apply(in first);
        OrderReport resend = first;
        resend.PossDup = true;
        Assert.Equal(ReportOutcome.DuplicateExecId, _f.Apply(in resend));

        OrderReport missed = _f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 6, lastQty: 2);
        missed.PossDup = true;
        Assert.Equal(ReportOutcome.Filled, _f.Apply(in missed, out OrderFill fill));
        Assert.Equal(2, fill.Quantity);
        Assert.Equal(6, _f.At(slot).Cum);
    }

    [Fact]
    public void AnOutOfOrderReportWithALowerCumQtyIsIgnored()
    {
        int slot = _f.Create(10);
        OrderReport early = _f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 3, lastQty: 3);
        OrderReport late = _f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 5, lastQty: 2);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(in late));
        Assert.Equal(ReportOutcome.StaleCumQty, _f.Apply(in early));
        Assert.Equal(5, _f.At(slot).Cum);
    }

    [Fact]
    public void AMissedFillIsRecoveredFromCumQtyWhichIsAuthoritative()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 2, lastQty: 2));
        // The report for cum 2→5 was lost; the next one says cum 7 with LastQty 2.
        Assert.Equal(ReportOutcome.Filled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 7, lastQty: 2), out OrderFill fill));
        Assert.Equal(5, fill.Quantity);
        Assert.Equal(7, _f.At(slot).Cum);
    }

    [Fact]
    public void AFillBeyondTheOrderQuantityIsAppliedAndFlaggedAsAnOverfill()
    {
        int slot = _f.Create(10);
        Assert.Equal(ReportOutcome.Overfilled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.Filled, cum: 12, lastQty: 12), out OrderFill fill));
        Assert.Equal(12, fill.Quantity);
        Assert.Equal(OrderState.Filled, _f.At(slot).State);
    }

    [Fact]
    public void AFillWithMoreDecimalsThanTheInstrumentIsRefused()
    {
        int slot = _f.Create(10);
        OrderReport report = _f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 1, lastQty: 1);
        report.CumQty = Quantity.Parse("1.5", 1); // TEST trades whole lots
        Assert.Equal(ReportOutcome.BadQuantityOrPrice, _f.Apply(in report));
        Assert.Equal(0, _f.At(slot).Cum);
    }

    [Fact]
    public void AStatusAnswerCatchesUpAMissedFillAtThePriceAvgPxImplies()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 2, lastQty: 2, lastPx: 10_000));
        OrderReport status = _f.Exec(slot, ExecutionKind.OrderStatus, OrderState.Filled, cum: 10);
        status.HasLastPx = false;
        status.AvgPx = 100.8; // 2 @ 100.00 and 8 @ 101.00
        Assert.Equal(ReportOutcome.Filled, _f.Apply(in status, out OrderFill fill));
        Assert.Equal(8, fill.Quantity);
        Assert.Equal(10_100, fill.Price);
        Assert.Equal(OrderState.Filled, _f.At(slot).State);
    }

    [Fact]
    public void AStatusAnswerThatTheOrderIsLiveAcknowledgesAPendingNew()
    {
        int slot = _f.Create(10);
        Assert.Equal(ReportOutcome.Acknowledged, _f.Apply(_f.Exec(slot, ExecutionKind.OrderStatus, OrderState.New)));
        Assert.Equal(OrderState.New, _f.At(slot).State);
    }

    [Fact]
    public void ReportsForAFinishedOrderWhoseSlotWasReusedAreUnknownNotMisapplied()
    {
        var f = new OrderTableFixture(capacity: 16);
        int first = f.Create(10);
        long oldId = f.At(first).ClOrdId;
        f.Apply(f.Exec(first, ExecutionKind.Canceled, OrderState.Canceled));
        int reused = -1;
        for (int i = 0; i < 16 && reused != first; i++)
        {
            reused = f.Create(1);
        }

        Assert.Equal(first, reused);
        var stale = new OrderReport { Kind = OrderReportKind.Execution, ClOrdId = oldId, ExecType = ExecutionKind.Trade, CumQty = new Quantity(1, 0), ExecIdHash = 99 };
        Assert.Equal(ReportOutcome.UnknownOrder, f.Apply(in stale));
        Assert.Equal(0, f.At(reused).Cum);
    }

    [Fact]
    public void AReportWithOnlyTheVenueOrderIdFindsTheOrder()
    {
        int slot = _f.Create(10);
        OrderReport ack = _f.Exec(slot, ExecutionKind.New, OrderState.New);
        VenueOrderId.TryCreate("VX-42"u8, out ack.VenueOrderId);
        _f.Apply(in ack);

        var fill = new OrderReport
        {
            Kind = OrderReportKind.Execution,
            ExecType = ExecutionKind.Trade,
            ExecIdHash = 12345,
            CumQty = new Quantity(3, 0),
            LastQty = new Quantity(3, 0),
            LastPx = new Price(10_000, 2),
            HasLastPx = true,
        };
        VenueOrderId.TryCreate("VX-42"u8, out fill.VenueOrderId);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(in fill));
        Assert.Equal(3, _f.At(slot).Cum);

        VenueOrderId.TryCreate("VX-43"u8, out fill.VenueOrderId);
        fill.ExecIdHash = 12346;
        Assert.Equal(ReportOutcome.UnknownOrder, _f.Apply(in fill));
    }

    [Fact]
    public void TheExecIdWindowRemembersExactlyTheLastNAcrossEvictions()
    {
        var window = new ExecIdWindow(64);
        var random = new Random(7);
        var recent = new Queue<ulong>();
        var members = new HashSet<ulong>();
        for (int i = 0; i < 20_000; i++)
        {
            ulong hash = (ulong)random.NextInt64(1, 4096) * 0x100000001UL; // collide on the low bits on purpose
            if (window.Contains(hash))
            {
                Assert.Contains(hash, members);
                continue;
            }

            Assert.DoesNotContain(hash, members);
            window.Add(hash);
            recent.Enqueue(hash);
            members.Add(hash);
            if (recent.Count > 64)
            {
                members.Remove(recent.Dequeue());
            }
        }

        foreach (ulong hash in members)
        {
            Assert.True(window.Contains(hash));
        }
    }

    [Fact]
    public void TheVenueOrderIndexStaysConsistentUnderRandomAddsAndRemoves()
    {
        var index = new VenueOrderIndex(32);
        var random = new Random(11);
        var live = new Dictionary<int, ulong>();
        for (int i = 0; i < 20_000; i++)
        {
            int slot = random.Next(32);
            if (live.TryGetValue(slot, out ulong hash))
            {
                index.Remove(hash, slot);
                live.Remove(slot);
            }
            else
            {
                hash = ((ulong)(uint)random.Next(1, 16) << 40) | (uint)random.Next(0, 4); // heavy low-bit collisions
                index.Add(hash, slot);
                live[slot] = hash;
            }

            foreach ((int s, ulong h) in live)
            {
                bool found = false;
                for (int cell = index.Find(h); cell >= 0 && !found; cell = index.Find(h, cell))
                {
                    found = index.SlotAt(cell) == s;
                }

                Assert.True(found, $"slot {s} lost after {i} operations");
            }
        }
    }

    [Fact]
    public void SequentialExecIdHashesDoNotClusterTheWindow()
    {
        // A caller passing sequential numbers must not build one long probe run (that made every eviction scan it).
        var window = new ExecIdWindow(1 << 12);
        for (ulong h = 1; h <= 20_000; h++)
        {
            window.Add(h);
        }

        // Absent keys whose identity home (h mod table size) lies inside the run of the last 4096 sequential keys.
        long probes = 0;
        for (ulong h = 16_000 + 8_192; h < 17_000 + 8_192; h++)
        {
            probes += window.ProbeLength(h);
        }

        Assert.True(probes / 1000.0 < 4, $"average probe length {probes / 1000.0}");
        Assert.True(window.Contains(20_000) && !window.Contains(1));
    }

    [Fact]
    public void AVenueReusingOneOrderIdForEveryOrderStillFindsTheOpenOne()
    {
        var f = new OrderTableFixture(capacity: 16);
        int open = -1;
        for (int i = 0; i < 40; i++)
        {
            open = f.Create(1);
            OrderReport ack = f.Exec(open, ExecutionKind.New, OrderState.New);
            VenueOrderId.TryCreate("SAME"u8, out ack.VenueOrderId);
            f.Apply(in ack);
            if (i < 39)
            {
                f.Apply(f.Exec(open, ExecutionKind.Canceled, OrderState.Canceled));
            }
        }

        Assert.True(f.Table.TryFindByVenueOrderId(0, "SAME"u8, out int found));
        Assert.Equal(open, found);
    }
}
