namespace LowLatency.Venue.Config;

/// <summary>Correlation of two instruments' log returns in the price process (pairs not listed use the default).</summary>
/// <param name="First">Symbol of one instrument.</param>
/// <param name="Second">Symbol of the other.</param>
/// <param name="Rho">Correlation in [-1, 1].</param>
public sealed record CorrelationConfig(string First, string Second, double Rho);
