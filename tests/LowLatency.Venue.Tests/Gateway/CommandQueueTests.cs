using LowLatency.Core.Ids;
using LowLatency.Venue.Gateway;

namespace LowLatency.Venue.Tests.Gateway;

public sealed class CommandQueueTests
{
    [Fact]
    public void ConcurrentProducersLoseNothingAndEachProducersCommandsStayInOrder()
    {
        const int producers = 4;
        const int perProducer = 20_000;
        var queue = new CommandQueue(256);
        var threads = new Thread[producers];
        for (int p = 0; p < producers; p++)
        {
            int producer = p;
            threads[p] = new Thread(() =>
            {
                for (int i = 0; i < perProducer; i++)
                {
                    var command = new VenueCommand { Session = producer, MsgSeqNum = i, Instrument = new InstrumentId(producer) };
                    var spin = new SpinWait();
                    while (!queue.TryEnqueue(in command))
                    {
                        spin.SpinOnce();
                    }
                }
            });
            threads[p].Start();
        }

        int[] next = new int[producers];
        int received = 0;
        var idle = new SpinWait();
        while (received < producers * perProducer)
        {
            if (!queue.TryDequeue(out VenueCommand command))
            {
                idle.SpinOnce();
                continue;
            }

            Assert.Equal(next[command.Session]++, command.MsgSeqNum);
            Assert.Equal(command.Session, command.Instrument.Value);
            received++;
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.All(next, n => Assert.Equal(perProducer, n));
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public void AFullQueueRefusesUntilTheConsumerFreesASlot()
    {
        var queue = new CommandQueue(2);
        var command = new VenueCommand { Kind = CommandKind.Cancel };

        Assert.True(queue.TryEnqueue(in command));
        Assert.True(queue.TryEnqueue(in command));
        Assert.False(queue.TryEnqueue(in command));
        Assert.True(queue.TryDequeue(out _));
        Assert.True(queue.TryEnqueue(in command));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommandQueue(3));
    }
}
