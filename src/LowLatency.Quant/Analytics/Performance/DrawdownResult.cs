namespace LowLatency.Quant.Analytics.Performance;

/// <summary>
/// The worst peak-to-trough fall of an equity curve, as a positive fraction of the peak, with where it
/// happened (indices into the equity curve; for a return series index 0 is the starting wealth) and
/// when the old peak was regained (−1 if never).
/// </summary>
public readonly record struct DrawdownResult(double MaxDrawdown, int PeakIndex, int TroughIndex, int RecoveryIndex)
{
    public bool Recovered => RecoveryIndex >= 0;
}
