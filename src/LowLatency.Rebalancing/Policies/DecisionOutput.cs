using System.Runtime.CompilerServices;
using LowLatency.Model.Intents;

namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// Where one decision writes: caller-provided spans for intents and collateral transfers (no allocation), plus the
/// constraints higher-priority policies pass down the chain — the <see cref="Restriction"/>, the gross exposure
/// headroom the leverage policy leaves to the weight policy, and which underlyings already received an intent.
/// </summary>
public ref struct DecisionOutput
{
    private readonly Span<HedgeIntent> _intents;
    private readonly Span<CollateralTransfer> _transfers;

    public DecisionOutput(Span<HedgeIntent> intents, Span<CollateralTransfer> transfers)
    {
        _intents = intents;
        _transfers = transfers;
        GrossHeadroom = double.PositiveInfinity;
    }

    /// <summary>Intents written so far.</summary>
    public int IntentCount { get; private set; }

    /// <summary>Transfers written so far.</summary>
    public int TransferCount { get; private set; }

    /// <summary>Intents or transfers that did not fit the spans (the caller should size them larger; nothing was recorded as in flight).</summary>
    public int Dropped { get; private set; }

    /// <summary>Restriction set by the policies evaluated so far.</summary>
    public DecisionRestriction Restriction { get; private set; }

    /// <summary>Gross exposure (currency) the weight policy may still add before leverage would exceed its maximum.</summary>
    public double GrossHeadroom { get; set; }

    /// <summary>Bit u set when underlying slot u already received an intent in this decision (lower policies skip it).</summary>
    public ulong ClaimedUnderlyings { get; private set; }

    public readonly ReadOnlySpan<HedgeIntent> Intents => _intents[..IntentCount];

    public readonly ReadOnlySpan<CollateralTransfer> Transfers => _transfers[..TransferCount];

    /// <summary>Tightens the restriction (never loosens it within a decision).</summary>
    public void Restrict(DecisionRestriction restriction)
    {
        if (restriction > Restriction)
        {
            Restriction = restriction;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsClaimed(int underlyingSlot) => (ClaimedUnderlyings & (1UL << underlyingSlot)) != 0;

    public void Claim(int underlyingSlot) => ClaimedUnderlyings |= 1UL << underlyingSlot;

    /// <summary>Appends an intent; false (and counted as dropped) when the span is full.</summary>
    public bool TryAdd(in HedgeIntent intent)
    {
        if ((uint)IntentCount < (uint)_intents.Length)
        {
            _intents[IntentCount++] = intent;
            return true;
        }

        Dropped++;
        return false;
    }

    /// <summary>Appends a collateral transfer; false (and counted as dropped) when the span is full.</summary>
    public bool TryAdd(in CollateralTransfer transfer)
    {
        if ((uint)TransferCount < (uint)_transfers.Length)
        {
            _transfers[TransferCount++] = transfer;
            return true;
        }

        Dropped++;
        return false;
    }
}
