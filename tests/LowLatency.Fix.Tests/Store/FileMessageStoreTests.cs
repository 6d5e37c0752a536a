using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Store;
using static LowLatency.Fix.Tests.Store.StoreTestMessages;

namespace LowLatency.Fix.Tests.Store;

public sealed class FileMessageStoreTests : MessageStoreContractTests
{
    private const string Prefix = "FIX.4.4-ENGINE-VENUE1";

    private FileMessageStoreOptions Options(FsyncPolicy policy = FsyncPolicy.None) =>
        new(Directory.Path, Prefix) { FsyncPolicy = policy, FsyncInterval = TimeSpan.FromMilliseconds(5) };

    private string StoreFile(string extension) => Directory.File(Prefix + extension);

    protected override IMessageStore CreateStore() => new FileMessageStore(Options(), Clock);

    private FileMessageStore Open(FsyncPolicy policy = FsyncPolicy.None) => new(Options(policy), Clock);

    /// <summary>Sends <paramref name="count"/> messages the way a session does: store, then advance.</summary>
    private static void Send(IMessageStore store, int count)
    {
        for (int i = 0; i < count; i++)
        {
            store.Store(store.NextSenderSeqNum, Message(store.NextSenderSeqNum));
            store.IncrementNextSenderSeqNum();
        }
    }

    [Fact]
    public void ARestartedStoreResumesSequenceNumbersMessagesAndCreationTime()
    {
        using (FileMessageStore first = Open())
        {
            Send(first, 3);
            first.SetNextTargetSeqNum(17);
        }

        Clock.Advance(TimeSpan.FromHours(1));
        using FileMessageStore reopened = Open();

        Assert.Equal((4L, 17L), (reopened.NextSenderSeqNum, reopened.NextTargetSeqNum));
        Assert.Equal([(1L, Text(1)), (2L, Text(2)), (3L, Text(3))], Visit(reopened));
        Assert.Equal(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc), reopened.CreationTimeUtc);
    }

    [Fact]
    public void FilesAreNamedAfterTheSessionAndTheBodyHoldsTheRawMessages()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 2);
            store.SetNextTargetSeqNum(5);
        }

        Assert.Equal(Text(1) + Text(2), File.ReadAllText(StoreFile(".body")));
        Assert.Equal((3L, 5L), SeqNumsFile.Peek(StoreFile(".seqnums")));
        Assert.Equal("20260105-09:00:00.000000000\n", File.ReadAllText(StoreFile(".session")));
        Assert.Equal(2 * 24, new FileInfo(StoreFile(".index")).Length);
    }

    [Fact]
    public void ACrashBetweenStoreAndIncrementNeverReusesTheNumber()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 2);
            store.Store(3, Message(3)); // sent, then the process died before IncrementNextSenderSeqNum
        }

        using FileMessageStore reopened = Open();

        Assert.Equal(4, reopened.NextSenderSeqNum);
        Assert.Equal([1L, 2L, 3L], Visit(reopened).Select(m => m.SeqNum));
    }

    [Fact]
    public void ATornIndexEntryIsDroppedAndTheStoreRecoversToTheLastCompleteRecord()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 3);
        }

        TruncateBy(StoreFile(".index"), 10); // the third slot was half written

        using FileMessageStore reopened = Open();
        Send(reopened, 1);

        Assert.Equal([1L, 2L, 4L], Visit(reopened).Select(m => m.SeqNum));
        Assert.Equal(5, reopened.NextSenderSeqNum); // 3 went out: it is gap-filled, never reused
        Assert.Equal(4 * 24, new FileInfo(StoreFile(".index")).Length);
    }

    [Fact]
    public void ABodyCutShortLosesOnlyTheMessagesItNoLongerHolds()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 3);
        }

        TruncateBy(StoreFile(".body"), 5); // power cut: the last message's bytes only partly reached the disk

        using FileMessageStore reopened = Open();

        Assert.Equal([(1L, Text(1)), (2L, Text(2))], Visit(reopened));
        Assert.Equal(4, reopened.NextSenderSeqNum);
    }

    [Fact]
    public void GarbageAfterTheLastIndexEntryIsIgnored()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 2);
        }

        using (var index = new FileStream(StoreFile(".index"), FileMode.Append))
        {
            index.Write(new byte[48]);                               // zero-filled tail a power cut can leave
            index.Write(Enumerable.Range(1, 30).Select(i => (byte)(i * 37)).ToArray()); // and torn junk
        }

        using FileMessageStore reopened = Open();
        Send(reopened, 1);

        Assert.Equal([1L, 2L, 3L], Visit(reopened).Select(m => m.SeqNum));
    }

    [Fact]
    public void MessageBytesOverwrittenAfterACrashAreSkippedNotResent()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 3);
        }

        // The second message's bytes were damaged on disk: same length, different content.
        byte[] body = File.ReadAllBytes(StoreFile(".body"));
        body[Message(1).Length + 20] ^= 0x55;
        File.WriteAllBytes(StoreFile(".body"), body);

        using FileMessageStore reopened = Open();

        Assert.Equal([1L, 3L], Visit(reopened).Select(m => m.SeqNum));
    }

    [Fact]
    public void OrphanBodyBytesFromAnInterruptedWriteDoNotDisturbLaterMessages()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 2);
        }

        File.AppendAllText(StoreFile(".body"), "8=FIX.4.4\u00019=99\u000135=D\u000134=3\u0001"); // body written, index not

        using FileMessageStore reopened = Open();
        Send(reopened, 2);

        Assert.Equal([(1L, Text(1)), (2L, Text(2)), (3L, Text(3)), (4L, Text(4))], Visit(reopened));
    }

    [Fact]
    public void LoweredSenderNumbersStayLoweredAfterARestart()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 5);
            store.SetNextSenderSeqNum(3);
        }

        using FileMessageStore reopened = Open();

        Assert.Equal(3, reopened.NextSenderSeqNum);
        Assert.Equal([1L, 2L], Visit(reopened).Select(m => m.SeqNum));
    }

    [Fact]
    public void AResetSurvivesARestart()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 3);
            Clock.Advance(TimeSpan.FromDays(1));
            store.Reset();
        }

        using FileMessageStore reopened = Open();

        Assert.Equal((1L, 1L), (reopened.NextSenderSeqNum, reopened.NextTargetSeqNum));
        Assert.Empty(Visit(reopened));
        Assert.Equal(new DateTime(2026, 1, 6, 9, 0, 0, DateTimeKind.Utc), reopened.CreationTimeUtc);
        Assert.Equal(0, new FileInfo(StoreFile(".body")).Length);
    }

    [Theory]
    [InlineData("garbage", "not a 192-byte LowLatency seqnums file")]
    [InlineData("zeros", "not a 192-byte LowLatency seqnums file")]
    [InlineData("sender0", "sequence numbers 0 : 7 are out of range")]
    public void ACorruptSeqNumsFileStopsTheStoreNamingTheFile(string damage, string detail)
    {
        using (Open())
        {
        }

        switch (damage)
        {
            case "garbage": File.WriteAllText(StoreFile(".seqnums"), "5 : 7\n"); break;
            case "zeros": File.WriteAllBytes(StoreFile(".seqnums"), new byte[SeqNumsFile.Length]); break;
            default: WriteSeqNums(0, 7); break;
        }

        var ex = Assert.Throws<FixStoreException>(() => Open());

        Assert.Equal(StoreFile(".seqnums"), ex.FilePath);
        Assert.StartsWith(StoreFile(".seqnums") + ": " + detail, ex.Message);
    }

    [Fact]
    public void ALostSeqNumsFileIsRefusedWhileTheStoreHoldsMessages()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 2);
        }

        File.Delete(StoreFile(".seqnums"));

        var ex = Assert.Throws<FixStoreException>(() => Open());

        Assert.Contains("sequence numbers are missing but the store holds messages", ex.Message);
    }

    [Fact]
    public void ACorruptCreationTimeStopsTheStoreNamingTheFile()
    {
        using (Open())
        {
        }

        File.WriteAllText(StoreFile(".session"), "yesterday\n");

        var ex = Assert.Throws<FixStoreException>(() => Open());

        Assert.Equal(StoreFile(".session"), ex.FilePath);
        Assert.Contains("creation time 'yesterday'", ex.Message);
    }

    [Fact]
    public void ASecondStoreOnTheSameFilesIsRefusedWhileTheFirstIsOpen()
    {
        using FileMessageStore first = Open();

        var ex = Assert.Throws<FixStoreException>(() => Open());
        first.Dispose();
        using FileMessageStore afterwards = Open();

        Assert.Equal(StoreFile(".body"), ex.FilePath);
        Assert.Contains("another process or session", ex.Message);
    }

    [Fact]
    public void RefreshReloadsSequenceNumbersChangedOnDisk()
    {
        using FileMessageStore store = Open();
        Send(store, 2);

        WriteSeqNums(10, 20); // another writer (a standby's tool) changes the numbers on disk
        store.Refresh();

        Assert.Equal((10L, 20L), (store.NextSenderSeqNum, store.NextTargetSeqNum));
        Assert.Equal([1L, 2L], Visit(store).Select(m => m.SeqNum));
    }

    [Fact]
    public void ARefreshThatFindsCorruptFilesLeavesTheStoreUnusableRatherThanHalfOpen()
    {
        using FileMessageStore store = Open();
        Send(store, 1);
        File.WriteAllText(StoreFile(".session"), "garbage\n");

        Assert.Throws<FixStoreException>(store.Refresh);
        Assert.Throws<InvalidOperationException>(() => Send(store, 1));
    }

    [Fact]
    public void ASenderNumberFarAheadLeavesAHoleThatReadsAsNotStored()
    {
        using (FileMessageStore store = Open())
        {
            Send(store, 1);
            store.SetNextSenderSeqNum(100_000);
            Send(store, 1);
        }

        using FileMessageStore reopened = Open();

        Assert.Equal([1L, 100_000L], Visit(reopened).Select(m => m.SeqNum));
        Assert.Equal(100_001, reopened.NextSenderSeqNum);
    }

    [Fact]
    public void EveryMessagePolicyFlushesToDiskOnEachWrite()
    {
        using FileMessageStore store = Open(FsyncPolicy.EveryMessage);
        long before = store.FsyncCount;

        store.Store(1, Message(1));
        store.IncrementNextSenderSeqNum();

        Assert.Equal(before + 2, store.FsyncCount);
    }

    [Fact]
    public void IntervalPolicyFlushesDirtyFilesFromABackgroundTimer()
    {
        using FileMessageStore store = Open(FsyncPolicy.Interval);
        long before = store.FsyncCount;

        Send(store, 1);
        bool flushed = SpinWait.SpinUntil(() => store.FsyncCount > before, TimeSpan.FromSeconds(10));

        Assert.True(flushed);
        Assert.Null(store.BackgroundFsyncError);
        Assert.Single(Visit(store));
    }

    [Fact]
    public void NoPolicyNeverFlushes()
    {
        using FileMessageStore store = Open(FsyncPolicy.None);

        Send(store, 10);
        store.Reset();

        Assert.Equal(0, store.FsyncCount);
    }

    [Fact]
    public void TheFactoryOpensAFileStoreWhenTheSettingsNameAFolderAndMemoryOtherwise()
    {
        string text = $"""
            [DEFAULT]
            ConnectionType=initiator
            BeginString=FIX.4.4
            SenderCompID=ENGINE
            HeartBtInt=30
            SocketConnectHost=127.0.0.1
            SocketConnectPort=9881
            NonStopSession=Y
            [SESSION]
            TargetCompID=VENUE1
            FileStorePath={Directory.File("store")}
            FsyncPolicy=EveryMessage
            [SESSION]
            TargetCompID=VENUE2
            """;
        var binder = new ConfigBinder(IniDocument.Parse(text, "test.ini"));
        var sessions = FixSessionSettingsBinder.Bind(binder);

        using IMessageStore file = MessageStoreFactory.Create(sessions[0], Clock);
        using IMessageStore memory = MessageStoreFactory.Create(sessions[1], Clock);

        var fileStore = Assert.IsType<FileMessageStore>(file);
        Assert.Equal(FsyncPolicy.EveryMessage, fileStore.Options.FsyncPolicy);
        Assert.True(File.Exists(Path.Combine(Directory.File("store"), "FIX.4.4-ENGINE-VENUE1.seqnums")));
        Assert.IsType<MemoryMessageStore>(memory);
    }

    [Fact]
    public void ADisposedStoreRefusesFurtherUse()
    {
        FileMessageStore store = Open();
        store.Dispose();
        store.Dispose();

        Assert.Throws<InvalidOperationException>(() => store.Store(1, Message(1)));
        Assert.Throws<InvalidOperationException>(() => store.IncrementNextSenderSeqNum());
    }

    /// <summary>Writes a valid seqnums file the way the store lays it out.</summary>
    private void WriteSeqNums(long sender, long target)
    {
        byte[] bytes = new byte[SeqNumsFile.Length];
        "LLFIXSEQ"u8.CopyTo(bytes);
        BitConverter.TryWriteBytes(bytes.AsSpan(8), 1);
        BitConverter.TryWriteBytes(bytes.AsSpan(64), sender);
        BitConverter.TryWriteBytes(bytes.AsSpan(128), target);
        using var file = new FileStream(StoreFile(".seqnums"), FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite);
        file.Write(bytes);
    }

    private static void TruncateBy(string path, int bytes)
    {
        using var file = new FileStream(path, FileMode.Open);
        file.SetLength(file.Length - bytes);
    }

}
