namespace LowLatency.Model.Instruments;

/// <summary>What an instrument is, which decides how it is priced and hedged.</summary>
public enum InstrumentKind : byte
{
    /// <summary>Cash instrument (delta 1 per unit).</summary>
    Spot = 0,

    /// <summary>Dated future on an underlying, with a contract multiplier.</summary>
    Future = 1,

    /// <summary>Perpetual swap: delta 1, funding accrues periodically.</summary>
    Perpetual = 2,

    /// <summary>European option on spot (Black–Scholes–Merton) or on a future (Black-76).</summary>
    Option = 3,
}
