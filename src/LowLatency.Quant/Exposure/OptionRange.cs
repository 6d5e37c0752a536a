namespace LowLatency.Quant.Exposure;

/// <summary>The book's struct-of-arrays state for one contiguous range of options, as spans for the kernels.</summary>
internal readonly ref struct OptionRange
{
    public OptionRange(PositionStore s, int start, int length)
    {
        Strike = s.Strike.AsSpan(start, length);
        LogStrike = s.LogStrike.AsSpan(start, length);
        Expiry = s.ExpiryYears.AsSpan(start, length);
        Volatility = s.Volatility.AsSpan(start, length);
        Rate = s.Rate.AsSpan(start, length);
        Yield = s.DividendYield.AsSpan(start, length);
        Sign = s.Sign.AsSpan(start, length);
        Black76 = s.Black76.AsSpan(start, length);
        Quantity = s.Quantity.AsSpan(start, length);
        Multiplier = s.Multiplier.AsSpan(start, length);
        Price = s.UnitPrice.AsSpan(start, length);
        Delta = s.UnitDelta.AsSpan(start, length);
        Gamma = s.UnitGamma.AsSpan(start, length);
        Vega = s.UnitVega.AsSpan(start, length);
        Theta = s.UnitTheta.AsSpan(start, length);
        Rho = s.UnitRho.AsSpan(start, length);
        InitialMargin = s.InitialMargin.AsSpan(start, length);
        MaintenanceMargin = s.MaintenanceMargin.AsSpan(start, length);
        RateDiscountAtExpiry = s.RateDiscountAtExpiry.AsSpan(start, length);
        CarryDiscountAtExpiry = s.CarryDiscountAtExpiry.AsSpan(start, length);
        TimeCache c = s.Time;
        T = c.T.AsSpan(start, length);
        SqrtT = c.SqrtT.AsSpan(start, length);
        Vs = c.Vs.AsSpan(start, length);
        InvVs = c.InvVs.AsSpan(start, length);
        GammaScale = c.GammaScale.AsSpan(start, length);
        ThetaScale = c.ThetaScale.AsSpan(start, length);
        Dfq = c.Dfq.AsSpan(start, length);
        KDfr = c.KDfr.AsSpan(start, length);
        CarryT = c.CarryT.AsSpan(start, length);
        RhoFactor = c.RhoFactor.AsSpan(start, length);
        ThetaCarry = c.ThetaCarry.AsSpan(start, length);
        ThetaRate = c.ThetaRate.AsSpan(start, length);
        ForwardOverStrike = c.ForwardOverStrike.AsSpan(start, length);
        StrikeOverForward = c.StrikeOverForward.AsSpan(start, length);
    }

    public ReadOnlySpan<double> Strike { get; }

    public ReadOnlySpan<double> LogStrike { get; }

    public ReadOnlySpan<double> Expiry { get; }

    public ReadOnlySpan<double> Volatility { get; }

    public ReadOnlySpan<double> Rate { get; }

    public ReadOnlySpan<double> Yield { get; }

    public ReadOnlySpan<double> Sign { get; }

    public ReadOnlySpan<double> Black76 { get; }

    public ReadOnlySpan<double> Quantity { get; }

    public ReadOnlySpan<double> Multiplier { get; }

    public Span<double> Price { get; }

    public Span<double> Delta { get; }

    public Span<double> Gamma { get; }

    public Span<double> Vega { get; }

    public Span<double> Theta { get; }

    public Span<double> Rho { get; }

    public Span<double> InitialMargin { get; }

    public Span<double> MaintenanceMargin { get; }

    public ReadOnlySpan<double> RateDiscountAtExpiry { get; }

    public ReadOnlySpan<double> CarryDiscountAtExpiry { get; }

    // The time cache (see TimeCache): written by RefreshTime, read by Reprice.
    public Span<double> T { get; }

    public Span<double> SqrtT { get; }

    public Span<double> Vs { get; }

    public Span<double> InvVs { get; }

    public Span<double> GammaScale { get; }

    public Span<double> ThetaScale { get; }

    public Span<double> Dfq { get; }

    public Span<double> KDfr { get; }

    public Span<double> CarryT { get; }

    public Span<double> RhoFactor { get; }

    public Span<double> ThetaCarry { get; }

    public Span<double> ThetaRate { get; }

    public Span<double> ForwardOverStrike { get; }

    public Span<double> StrikeOverForward { get; }

    public int Length => Strike.Length;
}

/// <summary>Running sums of one underlying's option range (position-level amounts).</summary>
internal struct OptionSums
{
    public double DeltaUnits;
    public double Gamma;
    public double Vega;
    public double Theta;
    public double Rho;
    public double Value;
    public double AbsDeltaUnits;
    public double AbsSize;
    public double InitialMargin;
    public double MaintenanceMargin;
}
