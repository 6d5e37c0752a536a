namespace LowLatency.Quant.Analytics;

/// <summary>
/// Bad input to an analytics routine (non-PSD covariance, too little data, NaN, mismatched dimensions,
/// confidence outside (0,1)). Derives from <see cref="ArgumentException"/> so callers that already
/// handle argument errors keep working; the message names the argument and what is wrong with it.
/// Analytics run off the hot path, so throwing is acceptable here; the pre-trade path returns a status.
/// </summary>
public sealed class RiskInputException : ArgumentException
{
    public RiskInputException(string paramName, string message)
        : base(message, paramName)
    {
    }
}
