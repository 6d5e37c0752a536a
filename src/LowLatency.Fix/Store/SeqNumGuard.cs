using System.Runtime.CompilerServices;
using LowLatency.Core;

namespace LowLatency.Fix.Store;

/// <summary>Validates sequence numbers without putting a throw in the calling (hot) method.</summary>
internal static class SeqNumGuard
{
    /// <summary>Largest number whose file-store index slot offset still fits a long.</summary>
    public const long MaxSeqNum = long.MaxValue / 64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfInvalid(long seqNum, string paramName)
    {
        if ((ulong)(seqNum - 1) >= MaxSeqNum)
        {
            ThrowHelper.ThrowArgumentOutOfRange(paramName, "sequence numbers run from 1");
        }
    }
}
