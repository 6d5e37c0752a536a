using System.Buffers.Binary;

namespace LowLatency.Fix.Store;

/// <summary>
/// One 24-byte entry of the file store's index, at offset (seqNum - 1) * 24, so a sequence number finds
/// its message with one read and no in-memory map: [seqNum:8][bodyOffset:8][length:4][hash:4], little-endian.
/// A never-written slot reads as zeros (a sparse-file hole) and is simply "not stored".
/// </summary>
internal readonly struct IndexSlot
{
    public const int Size = 24;

    public readonly long SeqNum;
    public readonly long Offset;
    public readonly int Length;
    public readonly uint Hash;

    public IndexSlot(long seqNum, long offset, int length, uint hash)
    {
        SeqNum = seqNum;
        Offset = offset;
        Length = length;
        Hash = hash;
    }

    public static long PositionOf(long seqNum) => (seqNum - 1) * Size;

    public static IndexSlot Read(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadInt64LittleEndian(source),
        BinaryPrimitives.ReadInt64LittleEndian(source[8..]),
        BinaryPrimitives.ReadInt32LittleEndian(source[16..]),
        BinaryPrimitives.ReadUInt32LittleEndian(source[20..]));

    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, SeqNum);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], Offset);
        BinaryPrimitives.WriteInt32LittleEndian(destination[16..], Length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[20..], Hash);
    }

    /// <summary>Structurally plausible for <paramref name="expectedSeqNum"/> within a body of <paramref name="bodyLength"/> bytes.</summary>
    public bool Fits(long expectedSeqNum, long bodyLength) =>
        SeqNum == expectedSeqNum && Length > 0 && Offset >= 0 && Offset <= bodyLength - Length;
}
