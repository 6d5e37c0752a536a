using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace LowLatency.Fix.Store;

// The fsync policy: inline flushes for EveryMessage, a dirty flag and a background timer for Interval.
public sealed partial class FileMessageStore
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AfterWrite(SafeFileHandle first, SafeFileHandle? second)
    {
        if (_options.FsyncPolicy == FsyncPolicy.Interval)
        {
            Volatile.Write(ref _dirty, 1); // the timer's Interlocked.Exchange pairs with this; the write above precedes it
        }
        else if (_options.FsyncPolicy == FsyncPolicy.EveryMessage)
        {
            FlushNow(first, second);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AfterSeqNumWrite()
    {
        if (_options.FsyncPolicy == FsyncPolicy.Interval)
        {
            Volatile.Write(ref _dirty, 1);
        }
        else if (_options.FsyncPolicy == FsyncPolicy.EveryMessage)
        {
            FlushSeqNumsNow();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FlushSeqNumsNow()
    {
        _seqNums.Flush();
        Interlocked.Increment(ref _fsyncCount);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FlushNow(SafeFileHandle first, SafeFileHandle? second)
    {
        RandomAccess.FlushToDisk(first);
        if (second is not null)
        {
            RandomAccess.FlushToDisk(second);
        }

        Interlocked.Increment(ref _fsyncCount);
    }

    private void OnFsyncTimer()
    {
        if (Interlocked.Exchange(ref _dirty, 0) == 0)
        {
            return;
        }

        lock (_handleLock)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                FlushAll();
            }
            catch (Exception ex)
            {
                // A timer thread must not die; the owner sees the failure through BackgroundFsyncError.
                BackgroundFsyncError = ex;
            }
        }
    }

    private void FlushAll()
    {
        RandomAccess.FlushToDisk(_body);
        RandomAccess.FlushToDisk(_index);
        _seqNums.Flush();
        Interlocked.Increment(ref _fsyncCount);
    }
}
