// Derived from RangeKernel256.cs by replacing every "256" with "512" below this header (a test checks the two
// stay in step); edit RangeKernel256.cs and re-derive, never this file alone.
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// The book's per-tick work on one underlying's options, 512-bit lanes: reprice (greeks with the spot
/// broadcast, ln(S/K) = ln S − ln K from the stored ln K, and T = max(expiry − now, 0)), then aggregate with per-position scenario margin. Each returns
/// the index where the caller's scalar tail starts.
/// </summary>
internal static class RangeKernel512
{
    public static int Reprice(double spot, double nowYears, in OptionRange r)
    {
        int n = r.Length;
        int i = 0;
        ref double k = ref MemoryMarshal.GetReference(r.Strike);
        ref double logK = ref MemoryMarshal.GetReference(r.LogStrike);
        ref double expiry = ref MemoryMarshal.GetReference(r.Expiry);
        ref double vol = ref MemoryMarshal.GetReference(r.Volatility);
        ref double rate = ref MemoryMarshal.GetReference(r.Rate);
        ref double yield = ref MemoryMarshal.GetReference(r.Yield);
        ref double w = ref MemoryMarshal.GetReference(r.Sign);
        ref double f = ref MemoryMarshal.GetReference(r.Black76);
        ref double price = ref MemoryMarshal.GetReference(r.Price);
        ref double delta = ref MemoryMarshal.GetReference(r.Delta);
        ref double gamma = ref MemoryMarshal.GetReference(r.Gamma);
        ref double vega = ref MemoryMarshal.GetReference(r.Vega);
        ref double theta = ref MemoryMarshal.GetReference(r.Theta);
        ref double rho = ref MemoryMarshal.GetReference(r.Rho);
        Vector512<double> s = Vector512.Create(spot);
        Vector512<double> logS = Vector512.Create(Math.Log(spot));
        Vector512<double> now = Vector512.Create(nowYears);
        for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            nuint o = (nuint)i;
            Vector512<double> t = Vector512.MaxNative(Vector512.LoadUnsafe(ref expiry, o) - now, Vector512<double>.Zero);
            GreeksSimd512.Greeks(
                s, Vector512.LoadUnsafe(ref k, o), t, Vector512.LoadUnsafe(ref vol, o),
                Vector512.LoadUnsafe(ref rate, o), Vector512.LoadUnsafe(ref yield, o), Vector512.LoadUnsafe(ref w, o), Vector512.LoadUnsafe(ref f, o),
                logS - Vector512.LoadUnsafe(ref logK, o),
                ref price, ref delta, ref gamma, ref vega, ref theta, ref rho, o);
        }

        return i;
    }

    /// <summary>Vector form of <see cref="MarginModel.OptionInitialMargin"/> plus the range sums.</summary>
    public static int Aggregate(double spot, in MarginScenario p, in OptionRange r, ref OptionSums sums)
    {
        int n = r.Length;
        int i = 0;
        ref double qty = ref MemoryMarshal.GetReference(r.Quantity);
        ref double mult = ref MemoryMarshal.GetReference(r.Multiplier);
        ref double price = ref MemoryMarshal.GetReference(r.Price);
        ref double delta = ref MemoryMarshal.GetReference(r.Delta);
        ref double gamma = ref MemoryMarshal.GetReference(r.Gamma);
        ref double vega = ref MemoryMarshal.GetReference(r.Vega);
        ref double theta = ref MemoryMarshal.GetReference(r.Theta);
        ref double rho = ref MemoryMarshal.GetReference(r.Rho);
        ref double im = ref MemoryMarshal.GetReference(r.InitialMargin);
        ref double mm = ref MemoryMarshal.GetReference(r.MaintenanceMargin);
        Vector512<double> s = Vector512.Create(spot);
        Vector512<double> halfS2 = Vector512.Create(0.5 * spot * spot);
        Vector512<double> scan = Vector512.Create(p.ScanRange);
        Vector512<double> scan2 = Vector512.Create(p.ScanRange * p.ScanRange);
        Vector512<double> volShift = Vector512.Create(p.VolShift);
        Vector512<double> minShort = Vector512.Create(p.ShortOptionMinimum * spot);
        Vector512<double> mmFraction = Vector512.Create(p.OptionMaintenanceFraction);
        Vector512<double> sDelta = Vector512<double>.Zero, sGamma = sDelta, sVega = sDelta, sTheta = sDelta, sRho = sDelta;
        Vector512<double> sValue = sDelta, sAbsDelta = sDelta, sAbsSize = sDelta, sIm = sDelta, sMm = sDelta;
        for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            nuint o = (nuint)i;
            Vector512<double> qm = Vector512.LoadUnsafe(ref qty, o) * Vector512.LoadUnsafe(ref mult, o);
            Vector512<double> dUnits = qm * Vector512.LoadUnsafe(ref delta, o);
            Vector512<double> gUnits = qm * Vector512.LoadUnsafe(ref gamma, o);
            Vector512<double> vUnits = qm * Vector512.LoadUnsafe(ref vega, o);
            Vector512<double> value = qm * Vector512.LoadUnsafe(ref price, o);
            sDelta += dUnits;
            sGamma += gUnits;
            sVega += vUnits;
            sTheta = Vector512.FusedMultiplyAdd(qm, Vector512.LoadUnsafe(ref theta, o), sTheta);
            sRho = Vector512.FusedMultiplyAdd(qm, Vector512.LoadUnsafe(ref rho, o), sRho);
            sValue += value;
            sAbsDelta += Vector512.Abs(dUnits);
            Vector512<double> absQm = Vector512.Abs(qm);
            sAbsSize += absQm;

            // Scenario margin: see MarginModel.OptionInitialMargin (same operations, lane-wise).
            Vector512<double> a = dUnits * s;
            Vector512<double> b = gUnits * halfS2;
            Vector512<double> absA = Vector512.Abs(a);
            Vector512<double> endpoint = absA * scan - b * scan2;
            Vector512<double> interior = a * a / (Vector512.Create(4.0) * Vector512.MaxNative(b, Vector512.Create(1e-300)));
            Vector512<double> useInterior = Vector512.GreaterThan(b, Vector512<double>.Zero) & Vector512.LessThanOrEqual(absA, Vector512.Create(2.0) * b * scan);
            Vector512<double> priceLoss = Vector512.ConditionalSelect(useInterior, interior, endpoint);
            Vector512<double> loss = Vector512.MaxNative(Vector512.FusedMultiplyAdd(Vector512.Abs(vUnits), volShift, priceLoss), Vector512<double>.Zero);
            Vector512<double> isLong = Vector512.GreaterThan(qm, Vector512<double>.Zero);
            Vector512<double> margin = Vector512.ConditionalSelect(isLong, Vector512.MinNative(loss, value), Vector512.MaxNative(loss, minShort * absQm));
            Vector512<double> maintenance = margin * mmFraction;
            margin.StoreUnsafe(ref im, o);
            maintenance.StoreUnsafe(ref mm, o);
            sIm += margin;
            sMm += maintenance;
        }

        sums.DeltaUnits += Vector512.Sum(sDelta);
        sums.Gamma += Vector512.Sum(sGamma);
        sums.Vega += Vector512.Sum(sVega);
        sums.Theta += Vector512.Sum(sTheta);
        sums.Rho += Vector512.Sum(sRho);
        sums.Value += Vector512.Sum(sValue);
        sums.AbsDeltaUnits += Vector512.Sum(sAbsDelta);
        sums.AbsSize += Vector512.Sum(sAbsSize);
        sums.InitialMargin += Vector512.Sum(sIm);
        sums.MaintenanceMargin += Vector512.Sum(sMm);
        return i;
    }
}
