using BenchmarkDotNet.Attributes;
using LowLatency.Fix.Store;

namespace LowLatency.Benchmarks.FixStore;

/// <summary>
/// The store's cost on the sending path: Store + IncrementNextSenderSeqNum per message, as a session
/// does after encoding. Memory is the baseline; the file store (fsync off) pays two pwrites for the
/// message and one for the sequence numbers. Target: 0 B allocated.
/// </summary>
/// <remarks>
/// The file store is Reset every <see cref="ResetEvery"/> messages inside the measured loop so the files
/// stay small (IterationSetup would force one invocation per iteration); that adds about one truncate
/// per 65 536 messages, well under 1 ns per operation.
/// </remarks>
[MemoryDiagnoser]
public class MessageStoreBenchmarks
{
    private const int Operations = 1_000;
    private const long ResetEvery = 65_536;

    private readonly byte[] _message = FixTestMessage.NewOrderSingle();
    private string _directory = string.Empty;
    private MemoryMessageStore _memory = null!;
    private FileMessageStore _file = null!;
    private FileMessageStore _resendSource = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "lowlatency-bench-store-" + Guid.NewGuid().ToString("N"));
        _memory = new MemoryMessageStore(initialMessageCapacity: (int)ResetEvery * 2, initialArenaBytes: 64 << 20);
        _file = new FileMessageStore(new FileMessageStoreOptions(_directory, "FIX.4.4-BENCH-STORE"));
        _resendSource = new FileMessageStore(new FileMessageStoreOptions(_directory, "FIX.4.4-BENCH-RESEND"));
        for (int i = 0; i < 100; i++)
        {
            _resendSource.Store(_resendSource.NextSenderSeqNum, _message);
            _resendSource.IncrementNextSenderSeqNum();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _memory.Dispose();
        _file.Dispose();
        _resendSource.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long MemoryStore_StoreAndIncrement() => Send(_memory);

    [Benchmark(OperationsPerInvoke = Operations)]
    public long FileStore_StoreAndIncrement_FsyncNone() => Send(_file);

    /// <summary>Answering a ResendRequest for 100 messages from disk, per message.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public long FileStore_Resend100()
    {
        var visitor = default(ByteCounter);
        _resendSource.VisitRange(1, 100, ref visitor);
        return visitor.Bytes;
    }

    private long Send<TStore>(TStore store)
        where TStore : IMessageStore
    {
        for (int i = 0; i < Operations; i++)
        {
            long seq = store.NextSenderSeqNum;
            if (seq > ResetEvery)
            {
                store.Reset();
                seq = 1;
            }

            store.Store(seq, _message);
            store.IncrementNextSenderSeqNum();
        }

        return store.NextSenderSeqNum;
    }

    private struct ByteCounter : IStoredMessageVisitor
    {
        public long Bytes;

        public bool OnMessage(long seqNum, ReadOnlySpan<byte> message)
        {
            Bytes += message.Length;
            return true;
        }
    }
}
