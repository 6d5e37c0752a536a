using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace LowLatency.Fix.Store;

// Open, recover and the rarely written control files: start-up and reset paths, never on the hot path.
public sealed partial class FileMessageStore
{
    private void Open()
    {
        try
        {
            Directory.CreateDirectory(_options.Directory);
            _body = OpenFile(_bodyPath, FileShare.None); // the exclusive lock that keeps a second writer out
            _index = OpenFile(_indexPath, FileShare.Read);
            _seqNumsHandle = OpenFile(_seqNumsPath, FileShare.Read);
            _bodyLength = RandomAccess.GetLength(_body);
            LoadCreationTime();
            LoadSeqNums();
            RecoverIndex();
            if (_highestStored >= _nextSender)
            {
                // Crashed between Store(n) and IncrementNextSenderSeqNum: n went out, never send it again.
                _nextSender = _highestStored + 1;
                _seqNums.Sender = _nextSender;
            }
        }
        catch
        {
            Close();
            throw;
        }
    }

    private void Close()
    {
        _seqNums?.Dispose();
        _seqNums = null!;
        _body?.Dispose();
        _index?.Dispose();
        _seqNumsHandle?.Dispose();
    }

    private static SafeFileHandle OpenFile(string path, FileShare share)
    {
        try
        {
            return File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
        }
        catch (IOException ex)
        {
            throw new FixStoreException(path, "cannot open the message store (is another process or session using it?): " + ex.Message, ex);
        }
    }

    private void LoadCreationTime()
    {
        string text = File.Exists(_sessionPath) ? File.ReadAllText(_sessionPath).Trim() : string.Empty;
        if (text.Length == 0)
        {
            _creationNanos = _clock.UtcEpochNanoseconds(); // a new store (or one that crashed while being created)
            WriteSessionFile();
            return;
        }

        if (!UtcTimestampText.TryParseNanos(text, out _creationNanos))
        {
            throw new FixStoreException(_sessionPath, $"creation time '{text}' is not yyyyMMdd-HH:mm:ss.nnnnnnnnn (UTC)");
        }
    }

    private void WriteSessionFile()
    {
        // Written aside and renamed over, so the file is either the old time or the new, never half of each.
        Span<byte> text = stackalloc byte[UtcTimestampText.NanosLength + 1];
        UtcTimestampText.FormatNanos(_creationNanos, text);
        text[^1] = (byte)'\n';
        string temporary = _sessionPath + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(text);
            file.Flush(flushToDisk: _options.FsyncPolicy != FsyncPolicy.None);
        }

        File.Move(temporary, _sessionPath, overwrite: true);
    }

    private void LoadSeqNums()
    {
        if (RandomAccess.GetLength(_seqNumsHandle) == 0 && RandomAccess.GetLength(_index) > 0)
        {
            // Starting again at 1 : 1 would silently re-request (and re-process) the counterparty's whole day.
            throw new FixStoreException(_seqNumsPath, "the sequence numbers are missing but the store holds messages (restore the file, or delete the store files to start at 1 : 1)");
        }

        _seqNums = SeqNumsFile.Open(_seqNumsHandle, out string? problem)
            ?? throw new FixStoreException(_seqNumsPath, problem + " (restore it from a backup, or delete the store files to start at 1 : 1)");
        _nextSender = _seqNums.Sender;
        _nextTarget = _seqNums.Target;
    }

    /// <summary>
    /// Drops a torn or damaged tail of the index: walks back from the end until a slot whose bytes are in
    /// the body and hash right, and truncates after it. Slots further back are checked when read.
    /// </summary>
    private void RecoverIndex()
    {
        long length = RandomAccess.GetLength(_index);
        long slots = length / IndexSlot.Size;
        long keep = 0;
        while (slots > 0 && keep == 0)
        {
            int count = (int)Math.Min(SlotChunk, slots);
            long first = slots - count;
            Span<byte> chunk = _slotChunk.AsSpan(0, count * IndexSlot.Size);
            count = ReadFully(_index, chunk, first * IndexSlot.Size) / IndexSlot.Size;
            for (int i = count - 1; i >= 0; i--)
            {
                long seq = first + i + 1;
                var slot = IndexSlot.Read(chunk.Slice(i * IndexSlot.Size, IndexSlot.Size));
                if (TryReadMessage(slot, seq, out _))
                {
                    keep = seq;
                    break;
                }
            }

            slots = first;
        }

        if (length != keep * IndexSlot.Size)
        {
            RandomAccess.SetLength(_index, keep * IndexSlot.Size);
        }

        _highestStored = keep;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DiscardFrom(long seqNum)
    {
        RandomAccess.SetLength(_index, IndexSlot.PositionOf(seqNum));
        _highestStored = seqNum - 1;
    }
}
