using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Risk;
using LowLatency.Model.Fills;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Tests.Support;

namespace LowLatency.Server.Tests.Journal;

public sealed class JournalTests : IDisposable
{
    private readonly TempDirectory _dir = new("ll-journal");

    public void Dispose() => _dir.Dispose();

    private string PathOf(string name = "engine.journal") => Path.Combine(_dir.Path, name);

    private static FillEvent Fill(long sequence, double fee = 1.25) => new()
    {
        Sequence = sequence,
        Instrument = new InstrumentId(2),
        Venue = new VenueId(3),
        Side = sequence % 2 == 0 ? Side.Buy : Side.Sell,
        Quantity = new Quantity(1_234 + sequence, 3),
        Price = new Price(600_005, 1),
        Fee = fee,
        Liquidity = LiquidityIndicator.Taker,
        OrderId = 77_000 + sequence,
        ExecIdHash = 0xDEADBEEF00000000UL + (ulong)sequence,
        TransactTimeUtcNs = 1_790_000_000_000_000_000 + sequence,
        ReceiveTimestampNs = 42 + sequence,
    };

    [Fact]
    public void EveryRecordTypeReadsBackExactlyAsWritten()
    {
        var order = new OrderSentRecord(1025, 9, new InstrumentId(2), new VenueId(1), Side.Buy, OrderType.Limit, 1500, 600_010, RebalanceReason.GammaAwareDeltaBand, 3, 111, 222);
        using (JournalWriter w = JournalWriter.Open(PathOf(), JournalFsyncPolicy.Batch, TimeSpan.FromMilliseconds(1)))
        {
            w.AppendStart(new StartRecord(new string('a', 64), 7, 123));
            w.AppendFill(Fill(1, fee: -0.5));
            w.AppendOrderSent(in order);
            w.AppendKillSwitch(new KillSwitchRecord(KillSwitchCause.VenueDisconnect, 2, true, 456));
            w.AppendCollateral(new CollateralRecord(250_000.5, 789));
            w.AppendInbound([1, 2, 3, 4]);
            w.AppendOrderSequence(12, 998);
            w.AppendStop(999);
        }

        JournalContents c = JournalReader.Read(PathOf());
        Assert.Equal(0, c.TornTailBytes);
        Assert.Equal(new FileInfo(PathOf()).Length, c.ValidLength);
        Assert.Equal(
            [JournalRecordType.Start, JournalRecordType.Fill, JournalRecordType.OrderSent, JournalRecordType.KillSwitch, JournalRecordType.Collateral, JournalRecordType.Inbound, JournalRecordType.OrderSequence, JournalRecordType.Stop],
            c.Entries.Select(e => e.Type));
        Assert.Equal(new StartRecord(new string('a', 64), 7, 123), c.Entries[0].Start);
        Assert.Equal(Fill(1, fee: -0.5), c.Entries[1].Fill);
        Assert.Equal(order, c.Entries[2].OrderSent);
        Assert.Equal(new KillSwitchRecord(KillSwitchCause.VenueDisconnect, 2, true, 456), c.Entries[3].KillSwitch);
        Assert.Equal(250_000.5, c.Entries[4].Collateral.Amount);
        Assert.Equal([1, 2, 3, 4], c.Entries[5].Inbound);
        Assert.Equal(12, c.Entries[6].NextOrderSequence);
        Assert.Equal(999, c.Entries[7].StopUtcNs);

        JournalHistory h = JournalHistory.From(c);
        Assert.Equal(12, h.NextOrderSequence);
        Assert.Equal(2, h.ToReplay.Count);
        Assert.True(h.EndedCleanly);
    }

    [Fact]
    public void ATornTailIsDroppedAndAppendingResumesAfterTheLastWholeRecord()
    {
        using (JournalWriter w = JournalWriter.Open(PathOf(), JournalFsyncPolicy.None, TimeSpan.FromSeconds(1)))
        {
            for (int i = 1; i <= 3; i++)
            {
                w.AppendFill(Fill(i));
            }
        }

        long whole = new FileInfo(PathOf()).Length;
        byte[] bytes = File.ReadAllBytes(PathOf());
        int recordLength = (int)((whole - 8) / 3);

        // every possible crash point inside the fourth record: a prefix of it reached the file
        using (JournalWriter w = JournalWriter.Open(PathOf(), JournalFsyncPolicy.None, TimeSpan.FromSeconds(1)))
        {
            w.AppendFill(Fill(4));
        }

        byte[] withFourth = File.ReadAllBytes(PathOf());
        for (int cut = 1; cut < recordLength; cut++)
        {
            File.WriteAllBytes(PathOf(), withFourth[..(bytes.Length + cut)]);
            JournalContents c = JournalReader.Read(PathOf());
            Assert.Equal(3, c.Entries.Count);
            Assert.Equal(whole, c.ValidLength);
            Assert.Equal(cut, c.TornTailBytes);
        }

        // zero fill after a crash (the file grew, the data never landed) is a torn tail too
        File.WriteAllBytes(PathOf(), [.. bytes, .. new byte[100]]);
        Assert.Equal(3, JournalReader.Read(PathOf()).Entries.Count);

        // the last record whole but with a flipped bit: torn, not corrupt (nothing after it)
        byte[] flipped = (byte[])withFourth.Clone();
        flipped[^3] ^= 0x40;
        File.WriteAllBytes(PathOf(), flipped);
        Assert.Equal(3, JournalReader.Read(PathOf()).Entries.Count);

        using (JournalWriter w = JournalWriter.Open(PathOf(), JournalFsyncPolicy.None, TimeSpan.FromSeconds(1)))
        {
            w.AppendFill(Fill(5));
        }

        JournalContents after = JournalReader.Read(PathOf());
        Assert.Equal([1L, 2, 3, 5], after.Entries.Select(e => e.Fill.Sequence));
        Assert.Equal(0, after.TornTailBytes);
    }

    [Fact]
    public void ACorruptRecordInTheMiddleIsRefusedWithItsOffsetAndNumber()
    {
        using (JournalWriter w = JournalWriter.Open(PathOf(), JournalFsyncPolicy.None, TimeSpan.FromSeconds(1)))
        {
            for (int i = 1; i <= 4; i++)
            {
                w.AppendFill(Fill(i));
            }
        }

        byte[] bytes = File.ReadAllBytes(PathOf());
        int recordLength = (bytes.Length - 8) / 4;
        long secondOffset = 8 + recordLength;
        bytes[secondOffset + 20] ^= 0x01; // one bit of the second record's payload
        File.WriteAllBytes(PathOf(), bytes);

        var ex = Assert.Throws<JournalCorruptException>(() => JournalReader.Read(PathOf()));
        Assert.Equal(secondOffset, ex.Offset);
        Assert.Equal(1, ex.Record);
        Assert.Contains("CRC mismatch", ex.Message);
        Assert.Contains(PathOf(), ex.Message);
        Assert.Throws<JournalCorruptException>(() => JournalWriter.Open(PathOf(), JournalFsyncPolicy.None, TimeSpan.FromSeconds(1)));
        Assert.Equal(bytes, File.ReadAllBytes(PathOf())); // refused, not "repaired"
    }

    [Fact]
    public void AFileThatIsNotAJournalIsRefused()
    {
        File.WriteAllText(PathOf(), "[SESSION]\nthis is an ini file\n");
        var ex = Assert.Throws<JournalCorruptException>(() => JournalReader.Read(PathOf()));
        Assert.Contains("bad magic", ex.Message);
    }

    [Fact]
    public void AppendingAFillDoesNotAllocate()
    {
        using JournalWriter w = JournalWriter.Open(PathOf(), JournalFsyncPolicy.None, TimeSpan.FromSeconds(1));
        FillEvent fill = Fill(1);
        long n = 0;
        long bytes = Testing.Allocations.MeasureSteadyState(() =>
        {
            w.AppendFill(in fill);
            if (++n % 64 == 0)
            {
                w.EndBatch(n);
            }
        });
        Assert.Equal(0, bytes);
    }
}
