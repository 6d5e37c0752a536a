using LowLatency.Fix.Transport;

namespace LowLatency.Fix.Tests.Transport;

/// <summary>The send buffer: whole messages in order, partial writes kept, compaction, growth only up to its cap.</summary>
public sealed class OutboundBufferTests
{
    [Fact]
    public void WhatTheChannelCannotTakeStaysQueuedAndGoesOutInOrderLater()
    {
        var buffer = new OutboundBuffer(4096, 4096);
        var channel = new ThrottledChannel { Accept = 3 };
        Write(buffer, channel, "hello world"u8);

        Assert.Equal(FlushStatus.Pending, buffer.Flush(channel));
        Assert.Equal(8, buffer.Pending);
        channel.Accept = int.MaxValue;
        Assert.Equal(FlushStatus.Flushed, buffer.Flush(channel));
        Assert.Equal("hello world"u8.ToArray(), channel.Received.ToArray());
        Assert.Equal(0, buffer.Pending);
    }

    [Fact]
    public void WhenTheTailIsShortTheQueuedBytesMoveToTheFront()
    {
        var buffer = new OutboundBuffer(1024, 1024);
        var channel = new ThrottledChannel { Accept = 0 };
        Write(buffer, channel, new byte[1000]);
        channel.Accept = 990;
        buffer.Flush(channel);
        channel.Accept = 0;

        Span<byte> free = buffer.GetFree(100, channel); // 24 free at the tail: compacts
        Assert.Equal(1014, free.Length);
        Assert.Equal(10, buffer.Pending);
    }

    [Fact]
    public void GrowingKeepsTheQueuedBytesAndStopsAtTheCap()
    {
        var buffer = new OutboundBuffer(1024, 4096);
        var channel = new ThrottledChannel { Accept = 0 };
        Write(buffer, channel, "queued"u8);

        Assert.True(buffer.TryGrow(2000));
        Assert.True(buffer.Capacity >= 2006);
        Assert.False(buffer.TryGrow(4096));
        channel.Accept = int.MaxValue;
        buffer.Flush(channel);
        Assert.Equal("queued"u8.ToArray(), channel.Received.ToArray());
    }

    [Fact]
    public void AClosedChannelReportsClosed()
    {
        var buffer = new OutboundBuffer(1024, 1024);
        var channel = new ThrottledChannel { Accept = -1 };
        Write(buffer, channel, "x"u8);
        Assert.Equal(FlushStatus.Closed, buffer.Flush(channel));
    }

    private static void Write(OutboundBuffer buffer, ThrottledChannel channel, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetFree(bytes.Length, channel));
        buffer.Commit(bytes.Length);
    }

    /// <summary>Takes <see cref="Accept"/> bytes in total, then would block, like a full kernel buffer (-1: closed).</summary>
    private sealed class ThrottledChannel : ITransportChannel
    {
        public int Accept { get; set; } = int.MaxValue;

        public List<byte> Received { get; } = new();

        public string RemoteName => "test";

        public int Send(ReadOnlySpan<byte> bytes)
        {
            if (Accept < 0)
            {
                return -1;
            }

            int n = Math.Min(Accept, bytes.Length);
            Received.AddRange(bytes[..n].ToArray());
            Accept -= Accept == int.MaxValue ? 0 : n;
            return n;
        }

        public void Close(bool graceful)
        {
        }
    }
}
