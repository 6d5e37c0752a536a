// The Vector512 twin (RangeKernel512) is generated from this file at build time, for the reason given in
// Numerics/SimdMath256.cs.
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// The book's per-tick work on one underlying's options, 256-bit lanes: reprice (greeks with the spot
/// broadcast, ln(S/K) = ln S − ln K from the stored ln K, and T = max(expiry − now, 0)), then aggregate with per-position scenario margin. Each returns
/// the index where the caller's scalar tail starts.
/// </summary>
internal static class RangeKernel256
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
        Vector256<double> s = Vector256.Create(spot);
        Vector256<double> logS = Vector256.Create(Math.Log(spot));
        Vector256<double> now = Vector256.Create(nowYears);
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            nuint o = (nuint)i;
            Vector256<double> t = Vector256.MaxNative(Vector256.LoadUnsafe(ref expiry, o) - now, Vector256<double>.Zero);
            GreeksSimd256.Greeks(
                s, Vector256.LoadUnsafe(ref k, o), t, Vector256.LoadUnsafe(ref vol, o),
                Vector256.LoadUnsafe(ref rate, o), Vector256.LoadUnsafe(ref yield, o), Vector256.LoadUnsafe(ref w, o), Vector256.LoadUnsafe(ref f, o),
                logS - Vector256.LoadUnsafe(ref logK, o),
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
        Vector256<double> s = Vector256.Create(spot);
        Vector256<double> halfS2 = Vector256.Create(0.5 * spot * spot);
        Vector256<double> scan = Vector256.Create(p.ScanRange);
        Vector256<double> scan2 = Vector256.Create(p.ScanRange * p.ScanRange);
        Vector256<double> volShift = Vector256.Create(p.VolShift);
        Vector256<double> minShort = Vector256.Create(p.ShortOptionMinimum * spot);
        Vector256<double> mmFraction = Vector256.Create(p.OptionMaintenanceFraction);
        Vector256<double> sDelta = Vector256<double>.Zero, sGamma = sDelta, sVega = sDelta, sTheta = sDelta, sRho = sDelta;
        Vector256<double> sValue = sDelta, sAbsDelta = sDelta, sAbsSize = sDelta, sIm = sDelta, sMm = sDelta;
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            nuint o = (nuint)i;
            Vector256<double> qm = Vector256.LoadUnsafe(ref qty, o) * Vector256.LoadUnsafe(ref mult, o);
            Vector256<double> dUnits = qm * Vector256.LoadUnsafe(ref delta, o);
            Vector256<double> gUnits = qm * Vector256.LoadUnsafe(ref gamma, o);
            Vector256<double> vUnits = qm * Vector256.LoadUnsafe(ref vega, o);
            Vector256<double> value = qm * Vector256.LoadUnsafe(ref price, o);
            sDelta += dUnits;
            sGamma += gUnits;
            sVega += vUnits;
            sTheta = Vector256.FusedMultiplyAdd(qm, Vector256.LoadUnsafe(ref theta, o), sTheta);
            sRho = Vector256.FusedMultiplyAdd(qm, Vector256.LoadUnsafe(ref rho, o), sRho);
            sValue += value;
            sAbsDelta += Vector256.Abs(dUnits);
            Vector256<double> absQm = Vector256.Abs(qm);
            sAbsSize += absQm;

            // Scenario margin: see MarginModel.OptionInitialMargin (same operations, lane-wise).
            Vector256<double> a = dUnits * s;
            Vector256<double> b = gUnits * halfS2;
            Vector256<double> absA = Vector256.Abs(a);
            Vector256<double> endpoint = absA * scan - b * scan2;
            Vector256<double> interior = a * a / (Vector256.Create(4.0) * Vector256.MaxNative(b, Vector256.Create(1e-300)));
            Vector256<double> useInterior = Vector256.GreaterThan(b, Vector256<double>.Zero) & Vector256.LessThanOrEqual(absA, Vector256.Create(2.0) * b * scan);
            Vector256<double> priceLoss = Vector256.ConditionalSelect(useInterior, interior, endpoint);
            Vector256<double> loss = Vector256.MaxNative(Vector256.FusedMultiplyAdd(Vector256.Abs(vUnits), volShift, priceLoss), Vector256<double>.Zero);
            Vector256<double> isLong = Vector256.GreaterThan(qm, Vector256<double>.Zero);
            Vector256<double> margin = Vector256.ConditionalSelect(isLong, Vector256.MinNative(loss, value), Vector256.MaxNative(loss, minShort * absQm));
            Vector256<double> maintenance = margin * mmFraction;
            margin.StoreUnsafe(ref im, o);
            maintenance.StoreUnsafe(ref mm, o);
            sIm += margin;
            sMm += maintenance;
        }

        sums.DeltaUnits += Vector256.Sum(sDelta);
        sums.Gamma += Vector256.Sum(sGamma);
        sums.Vega += Vector256.Sum(sVega);
        sums.Theta += Vector256.Sum(sTheta);
        sums.Rho += Vector256.Sum(sRho);
        sums.Value += Vector256.Sum(sValue);
        sums.AbsDeltaUnits += Vector256.Sum(sAbsDelta);
        sums.AbsSize += Vector256.Sum(sAbsSize);
        sums.InitialMargin += Vector256.Sum(sIm);
        sums.MaintenanceMargin += Vector256.Sum(sMm);
        return i;
    }
}
