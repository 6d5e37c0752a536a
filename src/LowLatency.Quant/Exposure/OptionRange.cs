namespace LowLatency.Quant.Exposure;

/// <summary>The book's struct-of-arrays state for one contiguous range of options, as spans for the kernels.</summary>
internal readonly ref struct OptionRange
{
    // Spans are made on demand: a kernel touches only its own dozen arrays, so building all 30-odd per tick
    // would be wasted work.
    private readonly PositionStore _s;
    private readonly int _start;

    public OptionRange(PositionStore s, int start, int length)
    {
        _s = s;
        _start = start;
        Length = length;
    }

    public int Length { get; }
    public ReadOnlySpan<double> Strike => new(_s.Strike, _start, Length);
    public ReadOnlySpan<double> LogStrike => new(_s.LogStrike, _start, Length);
    public ReadOnlySpan<double> Expiry => new(_s.ExpiryYears, _start, Length);
    public ReadOnlySpan<double> Volatility => new(_s.Volatility, _start, Length);
    public ReadOnlySpan<double> Rate => new(_s.Rate, _start, Length);
    public ReadOnlySpan<double> Yield => new(_s.DividendYield, _start, Length);
    public ReadOnlySpan<double> Sign => new(_s.Sign, _start, Length);
    public ReadOnlySpan<double> Black76 => new(_s.Black76, _start, Length);
    public ReadOnlySpan<double> Quantity => new(_s.Quantity, _start, Length);
    public ReadOnlySpan<double> Multiplier => new(_s.Multiplier, _start, Length);
    public Span<double> Price => new(_s.UnitPrice, _start, Length);
    public Span<double> Delta => new(_s.UnitDelta, _start, Length);
    public Span<double> Gamma => new(_s.UnitGamma, _start, Length);
    public Span<double> Vega => new(_s.UnitVega, _start, Length);
    public Span<double> Theta => new(_s.UnitTheta, _start, Length);
    public Span<double> Rho => new(_s.UnitRho, _start, Length);
    public Span<double> InitialMargin => new(_s.InitialMargin, _start, Length);
    public Span<double> MaintenanceMargin => new(_s.MaintenanceMargin, _start, Length);
    public ReadOnlySpan<double> RateDiscountAtExpiry => new(_s.RateDiscountAtExpiry, _start, Length);
    public ReadOnlySpan<double> CarryDiscountAtExpiry => new(_s.CarryDiscountAtExpiry, _start, Length);
    public Span<double> T => new(_s.Time.T, _start, Length);
    public Span<double> SqrtT => new(_s.Time.SqrtT, _start, Length);
    public Span<double> Vs => new(_s.Time.Vs, _start, Length);
    public Span<double> InvVs => new(_s.Time.InvVs, _start, Length);
    public Span<double> GammaScale => new(_s.Time.GammaScale, _start, Length);
    public Span<double> ThetaScale => new(_s.Time.ThetaScale, _start, Length);
    public Span<double> Dfq => new(_s.Time.Dfq, _start, Length);
    public Span<double> KDfr => new(_s.Time.KDfr, _start, Length);
    public Span<double> CarryT => new(_s.Time.CarryT, _start, Length);
    public Span<double> RhoFactor => new(_s.Time.RhoFactor, _start, Length);
    public Span<double> ThetaCarry => new(_s.Time.ThetaCarry, _start, Length);
    public Span<double> ThetaRate => new(_s.Time.ThetaRate, _start, Length);
    public Span<double> ForwardOverStrike => new(_s.Time.ForwardOverStrike, _start, Length);
    public Span<double> StrikeOverForward => new(_s.Time.StrikeOverForward, _start, Length);
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
