using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace LowLatency.Server.Journal;

// On disk (little endian):
//   file   = magic "LLJRNL01" (8 bytes), then records back to back
//   record = u32 length (type + payload) | u32 CRC-32C of (type + payload) | u8 type | payload
// A record is written whole in one write(2) of the stage's batch buffer; a crash can leave only a prefix of the
// last batch (a torn tail), which the reader detects (short or CRC-failing last record) and the writer cuts off.

/// <summary>Framing constants and the CRC of the engine journal (see the layout comment in this file).</summary>
internal static class JournalFormat
{
    public const int HeaderLength = 8;
    public const int MaxPayload = 4096;

    public static ReadOnlySpan<byte> Magic => "LLJRNL01"u8;

    /// <summary>CRC-32C (Castagnoli) with the hardware instruction where available (SSE4.2 / ARMv8), 8 bytes per step.</summary>
    public static uint Crc32C(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            crc = BitOperations.Crc32C(crc, Unsafe.ReadUnaligned<ulong>(ref Unsafe.AsRef(in data[i])));
        }

        for (; i < data.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, data[i]);
        }

        return ~crc;
    }

    /// <summary>Frames the body (type byte + payload, already written at offset 8 of <paramref name="record"/>) in place.</summary>
    public static int Seal(Span<byte> record, int bodyLength)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32C(record.Slice(HeaderLength, bodyLength)));
        return HeaderLength + bodyLength;
    }
}
