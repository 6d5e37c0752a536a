using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Codec.Framing;

// Invariants (FIX 4.4 Vol. 2 "Message format", "Garbled messages"):
//  * a frame is 8=BeginString SOH 9=BodyLength SOH <body> 10=nnn SOH, where BodyLength counts the bytes
//    after the SOH ending 9= up to and including the SOH before 10=, and nnn is the byte sum mod 256 of
//    everything before 10=;
//  * BodyLength may be zero-padded (jspurefix sends 9=0073): only the digits' value matters;
//  * input that cannot be such a frame is garbled: the caller drops Length bytes and calls again. A frame
//    with a bad checksum is dropped whole (its length is trustworthy: 10= sat where 9= said); anything else
//    resynchronises on the next "8=FIX" not preceded by a digit ("58=FIX..." inside a Text is not a start);
//  * a prefix of a valid frame is always NeedMoreData: nothing is decided on bytes not yet received.

/// <summary>Finds message boundaries in a byte stream and verifies BodyLength and CheckSum; allocation-free.</summary>
public static class FixFramer
{
    /// <summary>Default bound on a frame; a BodyLength beyond it is garbled rather than awaited forever.</summary>
    public const int DefaultMaxMessageLength = 64 * 1024;

    /// <summary>Longest BeginString accepted (FIX.4.4, FIXT.1.1 and room to spare).</summary>
    public const int MaxBeginStringLength = 16;

    /// <summary>Bytes that always hold a frame's 8= and 9= fields: 2 + 16 + 1 + 2 + 9 + 1.</summary>
    public const int MaxHeaderLength = 31;

    private const int MaxBodyLengthDigits = 9;
    private const int TrailerLength = 7; // "10=nnn" SOH
    private const byte Soh = 1;

    private static ReadOnlySpan<byte> StartToken => "8=FIX"u8;

    private static ReadOnlySpan<byte> CheckSumToken => "10="u8;

    /// <summary>Frames the message at the start of <paramref name="input"/>.</summary>
    public static FrameResult Frame(ReadOnlySpan<byte> input, int maxMessageLength = DefaultMaxMessageLength) =>
        Frame(input, maxMessageLength, out _);

    /// <summary>As <see cref="Frame(ReadOnlySpan{byte}, int)"/>; <paramref name="expectedLength"/> is the frame
    /// length once the 8= and 9= fields are readable (0 before), so a multi-segment reader knows how much to copy.</summary>
    public static FrameResult Frame(ReadOnlySpan<byte> input, int maxMessageLength, out int expectedLength)
    {
        expectedLength = 0;
        int n = input.Length;
        ReadOnlySpan<byte> start = StartToken;
        if (n < start.Length)
        {
            return input.SequenceEqual(start[..n]) ? FrameResult.NeedMoreData : Resync(input, GarbledReason.BadBeginString);
        }

        if (!input[..start.Length].SequenceEqual(start))
        {
            return Resync(input, GarbledReason.BadBeginString);
        }

        // BeginString value ends at the first SOH after "8=".
        int searchLength = Math.Min(n - 2, MaxBeginStringLength + 1);
        int soh = input.Slice(2, searchLength).IndexOf(Soh);
        if (soh < 0)
        {
            return n - 2 > MaxBeginStringLength ? Resync(input, GarbledReason.BadBeginString) : FrameResult.NeedMoreData;
        }

        int p = 2 + soh + 1;
        if (p + 2 > n)
        {
            return p < n && input[p] != (byte)'9' ? Resync(input, GarbledReason.BadBodyLength) : FrameResult.NeedMoreData;
        }

        if (input[p] != (byte)'9' || input[p + 1] != (byte)'=')
        {
            return Resync(input, GarbledReason.BadBodyLength);
        }

        p += 2;
        int digitsStart = p;
        long bodyLength = 0;
        while (true)
        {
            if (p >= n)
            {
                return p - digitsStart > MaxBodyLengthDigits ? Resync(input, GarbledReason.BadBodyLength) : FrameResult.NeedMoreData;
            }

            uint d = (uint)(input[p] - '0');
            if (d > 9)
            {
                break;
            }

            if (p - digitsStart == MaxBodyLengthDigits)
            {
                return Resync(input, GarbledReason.BadBodyLength);
            }

            bodyLength = (bodyLength * 10) + d;
            p++;
        }

        if (p == digitsStart || input[p] != Soh)
        {
            return Resync(input, GarbledReason.BadBodyLength);
        }

        if (bodyLength > maxMessageLength)
        {
            return Resync(input, GarbledReason.MessageTooLarge);
        }

        int bodyStart = p + 1;
        long longTotal = bodyStart + bodyLength + TrailerLength;
        if (longTotal > int.MaxValue)
        {
            return Resync(input, GarbledReason.MessageTooLarge);
        }

        int trailerStart = bodyStart + (int)bodyLength;
        int total = (int)longTotal;
        expectedLength = total;
        if (n < total)
        {
            // Fail fast when the bytes already here show 10= is not where BodyLength says.
            return TrailerPrefixMatches(input, trailerStart) ? FrameResult.NeedMoreData : Resync(input, GarbledReason.BodyLengthMismatch);
        }

        if (!TrailerPrefixMatches(input, trailerStart))
        {
            return Resync(input, GarbledReason.BodyLengthMismatch);
        }

        int declared = FixChecksum.ParseDigits(input.Slice(trailerStart + 3, 3));
        if (declared < 0 || input[total - 1] != Soh)
        {
            return Resync(input, GarbledReason.BadCheckSumFormat);
        }

        if (FixChecksum.Compute(input[..trailerStart]) != declared)
        {
            return FrameResult.Garbled(total, GarbledReason.CheckSumMismatch);
        }

        return FrameResult.Complete(total);
    }

    // The byte before 10= is the SOH ending the body; "10=" follows (as much of it as has arrived).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrailerPrefixMatches(ReadOnlySpan<byte> input, int trailerStart)
    {
        if (trailerStart - 1 >= input.Length)
        {
            return true;
        }

        if (input[trailerStart - 1] != Soh)
        {
            return false;
        }

        int available = Math.Min(input.Length - trailerStart, 3);
        return available <= 0 || input.Slice(trailerStart, available).SequenceEqual(CheckSumToken[..available]);
    }

    /// <summary>Bytes to drop before the next plausible frame start; always at least one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static FrameResult Resync(ReadOnlySpan<byte> input, GarbledReason reason)
    {
        ReadOnlySpan<byte> start = StartToken;
        int from = 1;
        while (from < input.Length)
        {
            int i = input[from..].IndexOf(start);
            if (i < 0)
            {
                break;
            }

            int at = from + i;
            if ((uint)(input[at - 1] - '0') > 9)
            {
                return FrameResult.Garbled(at, reason);
            }

            from = at + 1;
        }

        // No full start token: keep a tail that may be the beginning of one ("8=F" at the very end).
        int keep = 0;
        for (int k = Math.Min(start.Length - 1, input.Length - 1); k > 0; k--)
        {
            if (input[^k..].SequenceEqual(start[..k]))
            {
                keep = k;
                break;
            }
        }

        return FrameResult.Garbled(input.Length - keep, reason);
    }
}
