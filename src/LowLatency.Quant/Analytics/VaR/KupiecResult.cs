namespace LowLatency.Quant.Analytics.VaR;

/// <summary>Outcome of a Kupiec proportion-of-failures backtest of a VaR model.</summary>
public readonly record struct KupiecResult(
    int Observations,
    int Exceptions,
    double ExpectedExceptions,
    double LikelihoodRatio,
    double PValue,
    bool RejectModel);
