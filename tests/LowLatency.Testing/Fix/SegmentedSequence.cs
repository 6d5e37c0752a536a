using System.Buffers;

namespace LowLatency.Testing.Fix;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/>s, the shape a PipeReader hands over when a message straddles buffers.</summary>
public static class SegmentedSequence
{
    /// <summary>Splits <paramref name="data"/> at the given offsets (ascending, each a segment boundary).</summary>
    public static ReadOnlySequence<byte> Create(byte[] data, params int[] splitAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        var bounds = new List<int> { 0 };
        bounds.AddRange(splitAt.Where(s => s > 0 && s < data.Length).Distinct().Order());
        bounds.Add(data.Length);
        Segment? first = null;
        Segment? last = null;
        for (int i = 0; i + 1 < bounds.Count; i++)
        {
            // Each segment gets its own array, as separate pipe buffers would.
            var memory = data.AsMemory(bounds[i], bounds[i + 1] - bounds[i]).ToArray();
            var segment = new Segment(memory, bounds[i]);
            if (first is null)
            {
                first = segment;
            }
            else
            {
                last!.SetNext(segment);
            }

            last = segment;
        }

        if (first is null)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        return new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
