using System.Text;
using LowLatency.Venue.Faults;

namespace LowLatency.Venue.Tests.Faults;

public sealed class DelayLineTests
{
    [Fact]
    public void MessagesLeaveInOrderWithTheirBytesAcrossManyWrapsOfTheSlab()
    {
        var line = new DelayLine(entryCapacity: 8, byteCapacity: 100);
        int next = 0;
        int expected = 0;
        var random = new Random(3);
        for (int step = 0; step < 5_000; step++)
        {
            if (random.Next(2) == 0 && line.TryAppend(step, next % 3, 7, (byte)'8', Body(next)))
            {
                next++;
            }
            else if (line.TryPeek(out DelayLine.Entry entry))
            {
                Assert.Equal(Body(expected), line.BodyOf(in entry).ToArray());
                Assert.Equal((expected % 3, 7, (byte)'8'), (entry.Session, entry.Instrument, entry.MsgType));
                line.Pop();
                expected++;
            }
        }

        Assert.True(next > 1_000, "the slab wrapped many times");
        Assert.Equal(next - expected, line.Count);
    }

    [Fact]
    public void AFullLineRefusesAndTheHeadIsDueFirst()
    {
        var line = new DelayLine(entryCapacity: 2, byteCapacity: 64);

        Assert.True(line.TryAppend(10, 0, -1, (byte)'8', new byte[30]));
        Assert.True(line.TryAppend(20, 0, -1, (byte)'8', new byte[30]));
        Assert.False(line.TryAppend(30, 0, -1, (byte)'8', new byte[1]));
        Assert.Equal(10, line.NextDue);
        line.Pop();
        Assert.False(line.TryAppend(30, 0, -1, (byte)'8', new byte[31]), "31 bytes do not fit below the oldest body");
        Assert.True(line.TryAppend(30, 0, -1, (byte)'8', new byte[29]));
        Assert.Equal(20, line.NextDue);
    }

    private static byte[] Body(int n) => Encoding.ASCII.GetBytes($"11=ORDER-{n}\u0001" + new string('x', n % 17));
}
