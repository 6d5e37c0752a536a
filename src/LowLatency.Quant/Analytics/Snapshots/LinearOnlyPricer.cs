namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>
/// The pricer to pass for books without options (the engines never call it then). Returns NaN so a book
/// that does hold options and is run with it by mistake shows NaN VaR instead of a silently wrong number.
/// </summary>
public readonly struct LinearOnlyPricer : IOptionPricer
{
    public double Price(in OptionTerms terms, double underlying) => double.NaN;

    public void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices) => prices.Fill(double.NaN);
}
