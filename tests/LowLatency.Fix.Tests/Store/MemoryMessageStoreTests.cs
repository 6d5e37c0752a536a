using LowLatency.Fix.Store;
using static LowLatency.Fix.Tests.Store.StoreTestMessages;

namespace LowLatency.Fix.Tests.Store;

public sealed class MemoryMessageStoreTests : MessageStoreContractTests
{
    protected override IMessageStore CreateStore() => new MemoryMessageStore(Clock, initialMessageCapacity: 4096);

    [Fact]
    public void RefreshKeepsTheStateBecauseMemoryIsTheOnlyCopy()
    {
        using var store = new MemoryMessageStore(Clock);
        store.Store(1, Message(1));
        store.SetNextSenderSeqNum(2);

        store.Refresh();

        Assert.Equal(2, store.NextSenderSeqNum);
        Assert.Single(Visit(store));
    }
}
