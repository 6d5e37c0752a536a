namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Delta-gamma (Cornish–Fisher) VaR/ES with the exact moments of the quadratic P&amp;L it was built from,
/// so a reader can see how far from normal the book is (skew from short gamma, fat tails from gamma).
/// </summary>
public readonly record struct DeltaGammaResult(
    VarResult Var,
    double Mean,
    double StandardDeviation,
    double Skewness,
    double ExcessKurtosis);
