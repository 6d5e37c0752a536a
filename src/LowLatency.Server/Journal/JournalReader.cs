using System.Buffers.Binary;

namespace LowLatency.Server.Journal;

/// <summary>
/// Reads a journal file written by <see cref="JournalWriter"/>. A damaged LAST record (shorter than its length, or
/// failing its CRC with nothing after it, or zero fill left by a crash) is a torn tail: reported, not an error. A
/// record that fails its CRC or framing with data after it is corruption in the middle of history:
/// <see cref="JournalCorruptException"/>, because positions rebuilt past it would be wrong.
/// </summary>
public static class JournalReader
{
    /// <summary>Reads every record; a missing or empty file is an empty journal.</summary>
    public static JournalContents Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return new JournalContents(path, [], 0, 0);
        }

        byte[] data = File.ReadAllBytes(path);
        if (data.Length == 0)
        {
            return new JournalContents(path, [], 0, 0);
        }

        if (data.Length < JournalFormat.Magic.Length)
        {
            // a crash while creating the file: only part of the magic made it
            return JournalFormat.Magic.StartsWith(data) ? new JournalContents(path, [], 0, data.Length)
                : throw new JournalCorruptException(path, 0, 0, "not an engine journal (bad magic)");
        }

        if (!data.AsSpan(0, JournalFormat.Magic.Length).SequenceEqual(JournalFormat.Magic))
        {
            throw new JournalCorruptException(path, 0, 0, "not an engine journal (bad magic)");
        }

        var entries = new List<JournalEntry>();
        long offset = JournalFormat.Magic.Length;
        while (offset < data.Length)
        {
            ReadOnlySpan<byte> rest = data.AsSpan((int)offset);
            if (rest.IndexOfAnyExcept((byte)0) < 0)
            {
                break; // zero fill after the last record: the file grew but the data never landed
            }

            if (rest.Length < JournalFormat.HeaderLength + 1)
            {
                break; // torn header
            }

            uint length = BinaryPrimitives.ReadUInt32LittleEndian(rest);
            uint crc = BinaryPrimitives.ReadUInt32LittleEndian(rest[4..]);
            bool last;
            if (length == 0 || length > JournalFormat.MaxPayload + 1)
            {
                last = !HasWholeRecordAfter(data, offset + JournalFormat.HeaderLength);
                if (last)
                {
                    break;
                }

                throw new JournalCorruptException(path, offset, entries.Count, $"impossible record length {length}");
            }

            if (rest.Length < JournalFormat.HeaderLength + length)
            {
                break; // torn payload
            }

            ReadOnlySpan<byte> body = rest.Slice(JournalFormat.HeaderLength, (int)length);
            long next = offset + JournalFormat.HeaderLength + length;
            if (JournalFormat.Crc32C(body) != crc)
            {
                if (!HasWholeRecordAfter(data, next))
                {
                    break; // the last record did not land whole
                }

                throw new JournalCorruptException(path, offset, entries.Count, "CRC mismatch");
            }

            entries.Add(Decode(path, offset, entries.Count, body));
            offset = next;
        }

        return new JournalContents(path, entries, offset, data.Length - offset);
    }

    private static JournalEntry Decode(string path, long offset, int index, ReadOnlySpan<byte> body)
    {
        var type = (JournalRecordType)body[0];
        ReadOnlySpan<byte> p = body[1..];
        int minimum = JournalCodec.MinimumLength(type);
        if (minimum < 0)
        {
            throw new JournalCorruptException(path, offset, index, $"unknown record type {(int)type} (written by a newer engine?)");
        }

        if (p.Length < minimum)
        {
            throw new JournalCorruptException(path, offset, index, $"{type} record of {p.Length} bytes, at least {minimum} expected");
        }

        return type switch
        {
            JournalRecordType.Start => new JournalEntry(type, offset) { Start = JournalCodec.ReadStart(p) },
            JournalRecordType.Fill => new JournalEntry(type, offset) { Fill = JournalCodec.ReadFill(p) },
            JournalRecordType.OrderSent => new JournalEntry(type, offset) { OrderSent = JournalCodec.ReadOrderSent(p) },
            JournalRecordType.KillSwitch => new JournalEntry(type, offset) { KillSwitch = JournalCodec.ReadKillSwitch(p) },
            JournalRecordType.Collateral => new JournalEntry(type, offset) { Collateral = JournalCodec.ReadCollateral(p) },
            JournalRecordType.Inbound => new JournalEntry(type, offset) { Inbound = p.ToArray() },
            JournalRecordType.OrderSequence => new JournalEntry(type, offset) { NextOrderSequence = BinaryPrimitives.ReadInt64LittleEndian(p) },
            _ => new JournalEntry(type, offset) { StopUtcNs = BinaryPrimitives.ReadInt64LittleEndian(p) },
        };
    }

    /// <summary>True when a whole, CRC-valid record starts anywhere after <paramref name="from"/>: then damage before it is not a torn tail.</summary>
    private static bool HasWholeRecordAfter(byte[] data, long from)
    {
        for (long at = from; at + JournalFormat.HeaderLength + 1 <= data.Length; at++)
        {
            ReadOnlySpan<byte> rest = data.AsSpan((int)at);
            uint length = BinaryPrimitives.ReadUInt32LittleEndian(rest);
            if (length == 0 || length > JournalFormat.MaxPayload + 1 || rest.Length < JournalFormat.HeaderLength + length)
            {
                continue;
            }

            if (JournalCodec.MinimumLength((JournalRecordType)rest[JournalFormat.HeaderLength]) >= 0 &&
                JournalFormat.Crc32C(rest.Slice(JournalFormat.HeaderLength, (int)length)) == BinaryPrimitives.ReadUInt32LittleEndian(rest[4..]))
            {
                return true;
            }
        }

        return false;
    }
}
