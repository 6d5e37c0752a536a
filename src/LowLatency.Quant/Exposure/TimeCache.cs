namespace LowLatency.Quant.Exposure;

/// <summary>
/// Per option, the terms of the greeks that depend only on time to expiry (and the option's own constants):
/// written by the range kernels' RefreshTime, read by their Reprice on every tick (ThetaCarry and ThetaRate, which
/// do not depend on time, are made with the rates). Per underlying, when they were
/// made and what invalidates them (see PortfolioRiskBook's time handling).
/// </summary>
internal sealed class TimeCache
{
    public TimeCache(int positions, int groups)
    {
        T = new double[positions];
        SqrtT = new double[positions];
        Vs = new double[positions];
        InvVs = new double[positions];
        GammaScale = new double[positions];
        ThetaScale = new double[positions];
        Dfq = new double[positions];
        KDfr = new double[positions];
        CarryT = new double[positions];
        RhoFactor = new double[positions];
        ThetaCarry = new double[positions];
        ThetaRate = new double[positions];
        ForwardOverStrike = new double[positions];
        StrikeOverForward = new double[positions];
        RefreshedAtNanoseconds = new long[groups];
        ValuationYears = new double[groups];
        NextExpiryYears = new double[groups];
        Array.Fill(RefreshedAtNanoseconds, Stale);
    }

    /// <summary>A refresh time no tick can be within the resolution of: forces the next refresh.</summary>
    public const long Stale = long.MinValue;

    public readonly double[] T;          // max(E − now, 0) at the refresh, for the scalar tail only
    public readonly double[] SqrtT;      // √T (vega)
    public readonly double[] Vs;         // σ√T floored at OptionPricer.MinTotalVolatility
    public readonly double[] InvVs;      // 1/vs (d1)
    public readonly double[] GammaScale; // 1/vs, 0 when degenerate
    public readonly double[] ThetaScale; // σ²/2·GammaScale
    public readonly double[] Dfq;        // e^((b−r)T)
    public readonly double[] KDfr;       // K·e^(−rT)
    public readonly double[] CarryT;     // b·T
    public readonly double[] RhoFactor;  // −T (Black-76) or w·T
    public readonly double[] ThetaCarry; // w·(b − r)
    public readonly double[] ThetaRate;  // w·r
    public readonly double[] ForwardOverStrike; // e^(bT)/K: F/K = S·this
    public readonly double[] StrikeOverForward; // K·e^(−bT): K/F = this/S

    // Per underlying.
    public readonly long[] RefreshedAtNanoseconds;
    public readonly double[] ValuationYears;  // the "now" the cache was made at
    public readonly double[] NextExpiryYears; // earliest expiry after ValuationYears (+∞ if none): crossing it forces a refresh
}
