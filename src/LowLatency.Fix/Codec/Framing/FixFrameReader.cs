using System.Buffers;
using LowLatency.Core;

namespace LowLatency.Fix.Codec.Framing;

/// <summary>
/// Frames messages out of a <see cref="ReadOnlySequence{T}"/> (what a PipeReader hands over), one per call.
/// One instance per connection: it owns the reusable buffer a frame is copied into when it spans buffer
/// segments; a frame inside one segment is returned in place, zero-copy (the common case).
/// </summary>
public sealed class FixFrameReader
{
    private readonly byte[] _scratch;

    public FixFrameReader(int maxMessageLength = FixFramer.DefaultMaxMessageLength)
    {
        if (maxMessageLength < 64 || maxMessageLength > 64 * 1024 * 1024)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(maxMessageLength), "max message length must be between 64 bytes and 64 MiB");
        }

        MaxMessageLength = maxMessageLength;
        _scratch = new byte[maxMessageLength + FixFramer.MaxHeaderLength + 8];
    }

    public int MaxMessageLength { get; }

    /// <summary>
    /// Reads the next frame. <see cref="FrameStatus.Complete"/>: <paramref name="frame"/> is the message and the
    /// reader has advanced past it. <see cref="FrameStatus.Garbled"/>: the reader has advanced past the bytes to
    /// drop and <paramref name="frame"/> shows (at most a buffer's worth of) them for the log.
    /// <see cref="FrameStatus.NeedMoreData"/>: nothing is consumed. <paramref name="frame"/> is valid until the
    /// next call or until the underlying sequence is released.
    /// </summary>
    public FrameResult TryRead(ref SequenceReader<byte> reader, out ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> first = reader.UnreadSpan;
        FrameResult result = FixFramer.Frame(first, MaxMessageLength, out int expected);
        if (result.Status != FrameStatus.NeedMoreData || first.Length == reader.Remaining)
        {
            // Decided inside the current segment (or there is nothing beyond it): zero-copy.
            frame = result.Status == FrameStatus.NeedMoreData ? default : first[..result.Length];
            reader.Advance(result.Length);
            return result;
        }

        return ReadAcrossSegments(ref reader, expected, out frame);
    }

    private FrameResult ReadAcrossSegments(ref SequenceReader<byte> reader, int expected, out ReadOnlySpan<byte> frame)
    {
        frame = default;
        long remaining = reader.Remaining;
        if (expected == 0)
        {
            // The 8= and 9= fields themselves span segments: look at them through a small copy.
            Span<byte> head = stackalloc byte[FixFramer.MaxHeaderLength + 8];
            int headLength = (int)Math.Min(remaining, head.Length);
            reader.TryCopyTo(head[..headLength]);
            FrameResult headResult = FixFramer.Frame(head[..headLength], MaxMessageLength, out expected);
            if (headResult.Status == FrameStatus.Complete)
            {
                expected = headResult.Length;
            }
            else if (headResult.Status == FrameStatus.Garbled)
            {
                return Discard(ref reader, headResult, out frame);
            }
            else if (expected == 0)
            {
                return FrameResult.NeedMoreData;
            }
        }

        if (remaining < expected)
        {
            return FrameResult.NeedMoreData;
        }

        Span<byte> copy = _scratch.AsSpan(0, expected);
        reader.TryCopyTo(copy);
        FrameResult result = FixFramer.Frame(copy, MaxMessageLength, out _);
        if (result.Status == FrameStatus.Complete)
        {
            frame = copy[..result.Length];
            reader.Advance(result.Length);
            return result;
        }

        return Discard(ref reader, result, out frame);
    }

    private FrameResult Discard(ref SequenceReader<byte> reader, FrameResult result, out ReadOnlySpan<byte> frame)
    {
        int shown = Math.Min(result.Length, _scratch.Length);
        Span<byte> copy = _scratch.AsSpan(0, shown);
        reader.TryCopyTo(copy);
        frame = copy;
        reader.Advance(result.Length);
        return result;
    }
}
