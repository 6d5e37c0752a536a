using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>The exchange rules seen by FIX clients over loopback: priority, fills, time in force, cancel, replace, rejects, fees.</summary>
public sealed class OrderEntryTests : IDisposable
{
    private readonly VenueHost _host = TestHosts.Start();
    private readonly VenueClient _c1;
    private readonly VenueClient _c2;
    private readonly VenueClient _c3;

    public OrderEntryTests()
    {
        RunningVenue venue = _host.Venues[0];
        _c1 = VenueClient.Connect(venue, "CLIENT1");
        _c2 = VenueClient.Connect(venue, "CLIENT2");
        _c3 = VenueClient.Connect(venue, "CLIENT3");
    }

    [Fact]
    public void TheOlderOrderAtAPriceFillsFirst()
    {
        Rest(_c1, "S1", '2', "5", "100.00");
        Rest(_c2, "S2", '2', "5", "100.00");

        _c3.SendOrder("B1", "ACME", '1', "7", "100.00");

        ReceivedMessage first = _c1.WaitForReport("S1", 'F');
        ReceivedMessage second = _c2.WaitForReport("S2", 'F');
        Assert.Equal(("5", "2", "0"), (first[FixTag.LastQty], first[FixTag.OrdStatus], first[FixTag.LeavesQty]));
        Assert.Equal(("2", "1", "3"), (second[FixTag.LastQty], second[FixTag.OrdStatus], second[FixTag.LeavesQty]));
        ReceivedMessage[] takerFills = Fills(_c3, "B1", 2);
        Assert.Equal(["5", "2"], takerFills.Select(f => f[FixTag.LastQty]));
        Assert.True(long.Parse(takerFills[0][FixTag.ExecID]!) < long.Parse(takerFills[1][FixTag.ExecID]!));
    }

    [Fact]
    public void TheBetterPriceFillsFirstAndTheTakerSeesTheAverageOfItsFills()
    {
        Rest(_c1, "S1", '2', "3", "100.10");
        Rest(_c2, "S2", '2', "3", "100.00");

        _c3.SendOrder("B1", "ACME", '1', "5", "100.20");

        ReceivedMessage[] fills = Fills(_c3, "B1", 2);
        Assert.Equal([("3", "100.00"), ("2", "100.10")], fills.Select(f => (f[FixTag.LastQty], f[FixTag.LastPx])));
        ReceivedMessage last = fills[1];
        Assert.Equal(100.04m, last.Number(FixTag.AvgPx));
        Assert.Equal(("5", "0", "2"), (last[FixTag.CumQty], last[FixTag.LeavesQty], last[FixTag.OrdStatus]));
    }

    [Fact]
    public void APartiallyFilledOrderRestsItsRemainderWhichTradesLaterAtItsOwnPrice()
    {
        Rest(_c1, "B1", '1', "10", "99.00");
        _c2.SendOrder("S1", "ACME", '2', "4", "99.00");
        ReceivedMessage partial = _c1.WaitForReport("B1", 'F');
        Assert.Equal(("1", "4", "6"), (partial[FixTag.OrdStatus], partial[FixTag.CumQty], partial[FixTag.LeavesQty]));

        _c2.SendOrder("S2", "ACME", '2', "6", "98.50");

        ReceivedMessage done = _c1.WaitFor(m => m.MsgType == "8" && m[FixTag.ClOrdID] == "B1" && m[FixTag.OrdStatus] == "2");
        Assert.Equal(("99.00", "6", "10", "0"), (done[FixTag.LastPx], done[FixTag.LastQty], done[FixTag.CumQty], done[FixTag.LeavesQty]));
        Assert.Equal(99m, done.Number(FixTag.AvgPx));
    }

    [Fact]
    public void ImmediateOrCancelFillsWhatCrossesAndCancelsTheRest()
    {
        Rest(_c1, "S1", '2', "3", "100.00");

        _c2.SendOrder("I1", "ACME", '1', "5", "100.00", timeInForce: '3');

        Assert.Equal("3", _c2.WaitForReport("I1", 'F')[FixTag.LastQty]);
        ReceivedMessage cancel = _c2.WaitForReport("I1", '4');
        Assert.Equal(("4", "3", "0"), (cancel[FixTag.OrdStatus], cancel[FixTag.CumQty], cancel[FixTag.LeavesQty]));
        Assert.Equal("IOC remainder cancelled", cancel[FixTag.Text]);
    }

    [Fact]
    public void FillOrKillThatCannotFillCompletelyIsKilledWithoutTradingAndOneThatCanFills()
    {
        Rest(_c1, "S1", '2', "3", "100.00");

        _c2.SendOrder("K1", "ACME", '1', "5", "100.00", timeInForce: '4');
        ReceivedMessage killed = _c2.WaitForReport("K1", '4');
        Assert.Equal(("0", "0"), (killed[FixTag.CumQty], killed[FixTag.LeavesQty]));
        Assert.Equal("FOK not fully fillable: killed", killed[FixTag.Text]);

        _c2.SendOrder("K2", "ACME", '1', "3", "100.00", timeInForce: '4');
        Assert.Equal("2", _c2.WaitForReport("K2", 'F')[FixTag.OrdStatus]);
        Assert.DoesNotContain(_c1.Inbox.Messages, m => m[FixTag.ClOrdID] == "S1" && m[FixTag.LastQty] == "5");
        Assert.Equal("3", _c1.WaitForReport("S1", 'F')[FixTag.LastQty]);
    }

    [Fact]
    public void AMarketOrderSweepsLevelsAndCancelsWhatFindsNoLiquidity()
    {
        Rest(_c1, "S1", '2', "2", "100.00");
        Rest(_c1, "S2", '2', "2", "101.00");

        _c2.SendOrder("M1", "ACME", '1', "5", price: null, ordType: '1', timeInForce: '3');

        Assert.Equal([("2", "100.00"), ("2", "101.00")], Fills(_c2, "M1", 2).Select(f => (f[FixTag.LastQty], f[FixTag.LastPx])));
        ReceivedMessage rest = _c2.WaitForReport("M1", '4');
        Assert.Equal(("4", "0"), (rest[FixTag.CumQty], rest[FixTag.LeavesQty]));
        Assert.Equal("1", rest[FixTag.OrdType]);
    }

    [Fact]
    public void ACancelRemovesTheOrderAndASecondCancelGetsAnOrderCancelRejectWithItsReason()
    {
        Rest(_c1, "B1", '1', "5", "99.00");

        _c1.SendCancel("C1", "B1", "ACME", '1');
        ReceivedMessage canceled = _c1.WaitForReport("C1", '4');
        Assert.Equal(("B1", "4", "0"), (canceled[FixTag.OrigClOrdID], canceled[FixTag.OrdStatus], canceled[FixTag.LeavesQty]));

        _c1.SendCancel("C2", "B1", "ACME", '1');
        ReceivedMessage reject = _c1.WaitFor(m => m.MsgType == "9" && m[FixTag.ClOrdID] == "C2");
        Assert.Equal(("B1", "1", "1", "8", "NONE"), (reject[FixTag.OrigClOrdID], reject[FixTag.CxlRejResponseTo], reject[FixTag.CxlRejReason], reject[FixTag.OrdStatus], reject[FixTag.OrderID]));
        Assert.Equal("unknown order: not live (never existed, filled or cancelled)", reject[FixTag.Text]);
    }

    [Fact]
    public void ReplacingDownInSizeAtTheSamePriceKeepsTheOrdersPlaceInTheQueue()
    {
        Rest(_c1, "A", '2', "5", "100.00");
        Rest(_c2, "B", '2', "5", "100.00");

        _c1.SendReplace("A2", "A", "ACME", '2', "3", "100.00");
        ReceivedMessage replaced = _c1.WaitForReport("A2", '5');
        Assert.Equal(("A", "3", "3"), (replaced[FixTag.OrigClOrdID], replaced[FixTag.OrderQty], replaced[FixTag.LeavesQty]));
        _c3.SendOrder("T", "ACME", '1', "3", "100.00");

        Assert.Equal("3", _c1.WaitForReport("A2", 'F')[FixTag.LastQty]);
        Assert.DoesNotContain(_c2.Inbox.Messages, m => m[FixTag.ExecType] == "F");
    }

    [Fact]
    public void ReplacingUpInSizeOrToAnotherPriceAndBackLosesTheOrdersPlaceInTheQueue()
    {
        Rest(_c1, "A", '2', "5", "100.00");
        Rest(_c2, "B", '2', "5", "100.00");
        Rest(_c3, "C", '2', "5", "100.00");

        _c1.SendReplace("A2", "A", "ACME", '2', "6", "100.00");
        _c1.WaitForReport("A2", '5');
        _c2.SendReplace("B2", "B", "ACME", '2', "5", "100.01");
        _c2.WaitForReport("B2", '5');
        _c2.SendReplace("B3", "B2", "ACME", '2', "5", "100.00");
        _c2.WaitForReport("B3", '5');
        _c3.SendOrder("T", "ACME", '1', "11", "100.00"); // own order C is cancelled by self-trade prevention, not traded

        Assert.Equal("self-trade prevention: resting order cancelled", _c3.WaitForReport("C", '4')[FixTag.Text]);
        Assert.Equal(("6", "2"), (_c1.WaitForReport("A2", 'F')[FixTag.LastQty], _c1.WaitForReport("A2", 'F')[FixTag.OrdStatus]));
        Assert.Equal("5", _c2.WaitForReport("B3", 'F')[FixTag.LastQty]);
        ReceivedMessage[] fills = Fills(_c3, "T", 2);
        Assert.Equal(["6", "5"], fills.Select(f => f[FixTag.LastQty]));
    }

    [Fact]
    public void OrdersOffTheTickOrLotForAnUnknownSymbolOrWithAUsedClOrdIdAreRejectedWithAReasonInText()
    {
        _c1.SendOrder("P", "ACME", '1', "1", "100.005");
        _c1.SendOrder("Q", "ACME", '1', "1.5", "100.00");
        _c1.SendOrder("U", "XYZ", '1', "1", "100.00");
        Rest(_c1, "D", '1', "1", "99.00");
        _c1.SendOrder("D", "ACME", '1', "1", "98.00");
        _c1.SendOrder("G", "ACME", '1', "1", "98.00", timeInForce: '6');

        AssertRejected(_c1.WaitForReport("P", '8'), "99", "price is not a multiple of the tick size");
        AssertRejected(_c1.WaitForReport("Q", '8'), "13", "quantity is not a multiple of the lot size");
        ReceivedMessage unknown = _c1.WaitForReport("U", '8');
        AssertRejected(unknown, "1", "unknown instrument");
        Assert.Equal(("XYZ", "NONE"), (unknown[FixTag.Symbol], unknown[FixTag.OrderID]));
        AssertRejected(_c1.WaitForReport("D", '8'), "6", "duplicate ClOrdID: a live order already uses it");
        ReceivedMessage gtd = _c1.WaitForReport("G", '8');
        AssertRejected(gtd, "11", "unsupported time in force: only Day, GTC, IOC, FOK");
        Assert.Equal("6", gtd[FixTag.TimeInForce]);
        Assert.Equal(5, _host.Venues[0].Stats.OrdersRejected);
    }

    [Fact]
    public void ARefusedReplaceComesBackAsAnOrderCancelRejectAndTheOrderStands()
    {
        Rest(_c1, "A", '1', "5", "99.00");

        _c1.SendReplace("A2", "A", "ACME", '1', "5", "99.001");

        ReceivedMessage reject = _c1.WaitFor(m => m.MsgType == "9" && m[FixTag.ClOrdID] == "A2");
        Assert.Equal(("2", "99", "0"), (reject[FixTag.CxlRejResponseTo], reject[FixTag.CxlRejReason], reject[FixTag.OrdStatus]));
        Assert.Equal("price is not a multiple of the tick size", reject[FixTag.Text]);
        _c2.SendOrder("S", "ACME", '2', "5", "99.00");
        Assert.Equal("2", _c1.WaitForReport("A", 'F')[FixTag.OrdStatus]);
    }

    [Fact]
    public void AStatusRequestReportsTheLiveOrderAndRejectsOneThatIsNotLive()
    {
        Rest(_c1, "A", '1', "5", "99.00");
        _c2.SendOrder("S", "ACME", '2', "2", "99.00");
        _c1.WaitForReport("A", 'F');

        _c1.SendStatusRequest("A", "ACME", '1');
        _c1.SendStatusRequest("NOPE", "ACME", '1');

        ReceivedMessage live = _c1.WaitForReport("A", 'I');
        Assert.Equal(("1", "2", "3", "99.00"), (live[FixTag.OrdStatus], live[FixTag.CumQty], live[FixTag.LeavesQty], live[FixTag.Price]));
        ReceivedMessage unknown = _c1.WaitForReport("NOPE", 'I');
        Assert.Equal("8", unknown[FixTag.OrdStatus]);
    }

    [Fact]
    public void AnApplicationMessageTheVenueDoesNotTakeGetsABusinessMessageReject()
    {
        var report = new ExecutionReport { OrderId = "X"u8, ExecId = "E"u8, ExecType = '0', OrdStatus = '0', Symbol = "ACME"u8, Side = '1' };

        Assert.Equal(FixSendResult.Sent, _c1.Session.TrySend(in report));

        ReceivedMessage reject = _c1.WaitFor(m => m.MsgType == "j");
        Assert.Equal(("8", "3"), (reject[FixTag.RefMsgType], reject[FixTag.BusinessRejectReason]));
        Assert.NotNull(reject[FixTag.RefSeqNum]);
    }

    [Fact]
    public void FillsCarryTheMakerRebateAndTheTakerFeeInCommissionWithTheirLiquidity()
    {
        Rest(_c1, "M", '2', "1.000", "30000.0", symbol: "BTC");

        _c2.SendOrder("T", "BTC", '1', "1.000", "30000.0");

        ReceivedMessage taker = _c2.WaitForReport("T", 'F');
        ReceivedMessage maker = _c1.WaitForReport("M", 'F');
        Assert.Equal(("7.50000000", "3", "2"), (taker[FixTag.Commission], taker[FixTag.CommType], taker[FixTag.LastLiquidityInd]));
        Assert.Equal(("-3.00000000", "3", "1"), (maker[FixTag.Commission], maker[FixTag.CommType], maker[FixTag.LastLiquidityInd]));
    }

    public void Dispose()
    {
        _c1.Dispose();
        _c2.Dispose();
        _c3.Dispose();
        _host.Dispose();
    }

    private static void Rest(VenueClient client, string id, char side, string quantity, string price, string symbol = "ACME")
    {
        client.SendOrder(id, symbol, side, quantity, price);
        client.WaitForReport(id, '0');
    }

    private static ReceivedMessage[] Fills(VenueClient client, string id, int count)
    {
        client.WaitFor(m => client.Inbox.Messages.Count(f => f.MsgType == "8" && f[FixTag.ClOrdID] == id && f[FixTag.ExecType] == "F") >= count, what: $"{count} fills of {id}");
        return client.Inbox.Messages.Where(f => f.MsgType == "8" && f[FixTag.ClOrdID] == id && f[FixTag.ExecType] == "F").ToArray();
    }

    private static void AssertRejected(ReceivedMessage report, string ordRejReason, string text)
    {
        Assert.Equal(("8", ordRejReason, text), (report[FixTag.OrdStatus], report[FixTag.OrdRejReason], report[FixTag.Text]));
        Assert.Equal((0m, 0m), (report.Number(FixTag.CumQty), report.Number(FixTag.LeavesQty)));
    }
}
