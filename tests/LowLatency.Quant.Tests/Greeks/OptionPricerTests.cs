using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Tests.Greeks;

public class OptionPricerTests
{
    private const OptionRight Call = OptionRight.Call;
    private const OptionRight Put = OptionRight.Put;
    private const PricingModel Bsm = PricingModel.BlackScholesMerton;
    private const PricingModel B76 = PricingModel.Black76;

    [Fact]
    public void HullStockOptionExampleGivesCall476AndPut081()
    {
        // Hull, Options Futures and Other Derivatives: S=42, K=40, r=10%, σ=20%, T=0.5 → c = 4.76, p = 0.81.
        Assert.Equal(4.76, OptionPricer.Price(Call, Bsm, 42, 40, 0.5, 0.2, 0.1), 2);
        Assert.Equal(0.81, OptionPricer.Price(Put, Bsm, 42, 40, 0.5, 0.2, 0.1), 2);
    }

    [Fact]
    public void HullGreeksExampleMatchesThePublishedDeltaGammaVegaThetaRho()
    {
        // Hull's greeks chapter: S=49, K=50, r=5%, σ=20%, T=20 weeks (0.3846): price 2.40, Δ 0.522,
        // Γ 0.066, vega 12.1 (per 1.00 of vol), Θ −4.31 per year, ρ 8.91 (per 1.00 of rate).
        OptionGreeks g = OptionPricer.Greeks(Call, Bsm, 49, 50, 0.3846, 0.2, 0.05);
        Assert.Equal(2.40, g.Price, 2);
        Assert.Equal(0.522, g.Delta, 3);
        Assert.Equal(0.066, g.Gamma, 3);
        Assert.Equal(12.1, g.Vega, 1);
        Assert.Equal(-4.31, g.Theta, 2);
        Assert.Equal(8.91, g.Rho, 2);
    }

    [Fact]
    public void HullIndexOptionWithDividendYieldGivesCall5183()
    {
        // Hull, index option: S=930, K=900, r=8%, q=3%, σ=20%, T=2 months → c = 51.83.
        Assert.Equal(51.83, OptionPricer.Price(Call, Bsm, 930, 900, 2.0 / 12, 0.2, 0.08, 0.03), 2);
    }

    [Fact]
    public void HullFuturesOptionExampleGivesPut112UnderBlack76()
    {
        // Hull, futures option: F=20, K=20, r=9%, σ=25%, T=4 months → p = 1.12.
        Assert.Equal(1.12, OptionPricer.Price(Put, B76, 20, 20, 4.0 / 12, 0.25, 0.09), 2);
    }

    [Fact]
    public void HaugExamplesMatchToFourDecimals()
    {
        // Haug, The Complete Guide to Option Pricing Formulas: generalised BSM call (b = r) 2.1334,
        // BSM put with dividend yield 2.4648, Black-76 at the money call = put 1.7011.
        Assert.Equal(2.1334, OptionPricer.Price(Call, Bsm, 60, 65, 0.25, 0.30, 0.08), 4);
        Assert.Equal(2.4648, OptionPricer.Price(Put, Bsm, 100, 95, 0.5, 0.20, 0.10, 0.05), 4);
        Assert.Equal(1.7011, OptionPricer.Price(Call, B76, 19, 19, 0.75, 0.28, 0.10), 4);
        Assert.Equal(1.7011, OptionPricer.Price(Put, B76, 19, 19, 0.75, 0.28, 0.10), 4);
    }

    [Fact]
    public void PutCallParityHoldsForPriceAndGreeksAcrossAGrid()
    {
        foreach (var (s, k, t, vol, r, q) in OptionGrid.Cases())
        {
            foreach (PricingModel model in new[] { Bsm, B76 })
            {
                OptionGreeks c = OptionPricer.Greeks(Call, model, s, k, t, vol, r, q);
                OptionGreeks p = OptionPricer.Greeks(Put, model, s, k, t, vol, r, q);
                double carry = model == B76 ? 0 : r - q;
                double dfq = Math.Exp((carry - r) * t);
                double forwardValue = s * dfq - k * Math.Exp(-r * t);
                double scale = s + k;
                Assert.True(Math.Abs(c.Price - p.Price - forwardValue) <= 1e-12 * scale, $"parity {model} {s} {k} {t} {vol}");
                Assert.True(Math.Abs(c.Delta - p.Delta - dfq) <= 1e-13, "delta parity");
                Assert.True(Math.Abs(c.Gamma - p.Gamma) <= 1e-12 * Math.Max(1, c.Gamma), "gamma equal");
                Assert.True(Math.Abs(c.Vega - p.Vega) <= 1e-12 * scale, "vega equal");
            }
        }
    }

    [Fact]
    public void GreeksAgreeWithCentralFiniteDifferences()
    {
        foreach (var (s, k, t, vol, r, q) in OptionGrid.Cases())
        {
            if (vol * Math.Sqrt(t) < 0.02)
            {
                continue; // finite differences are meaningless next to the kink
            }

            foreach (PricingModel model in new[] { Bsm, B76 })
            {
                foreach (OptionRight right in new[] { Call, Put })
                {
                    double V(double ss, double tt, double vv, double rr) => OptionPricer.Price(right, model, ss, k, tt, vv, rr, q);
                    OptionGreeks g = OptionPricer.Greeks(right, model, s, k, t, vol, r, q);
                    double hs = 1e-4 * s;
                    double delta = (V(s + hs, t, vol, r) - V(s - hs, t, vol, r)) / (2 * hs);
                    double gamma = (V(s + hs, t, vol, r) - 2 * V(s, t, vol, r) + V(s - hs, t, vol, r)) / (hs * hs);
                    double vega = (V(s, t, vol + 1e-5, r) - V(s, t, vol - 1e-5, r)) / 2e-5;
                    double ht = Math.Min(1e-5, t / 2);
                    double theta = -(V(s, t + ht, vol, r) - V(s, t - ht, vol, r)) / (2 * ht);
                    double rho = (V(s, t, vol, r + 1e-6) - V(s, t, vol, r - 1e-6)) / 2e-6;
                    string at = $"{right} {model} S={s} K={k} T={t} σ={vol} r={r} q={q}";
                    Assert.True(Math.Abs(g.Delta - delta) <= 1e-6, $"delta {g.Delta} vs {delta} {at}");
                    Assert.True(Math.Abs(g.Gamma - gamma) <= 1e-4 * Math.Max(1, Math.Abs(gamma)) + 2e-7 * (s + k) / (s * s) * 1e4, $"gamma {g.Gamma} vs {gamma} {at}");
                    Assert.True(Math.Abs(g.Vega - vega) <= 1e-6 * (s + k), $"vega {g.Vega} vs {vega} {at}");
                    Assert.True(Math.Abs(g.Theta - theta) <= 1e-5 * (s + k), $"theta {g.Theta} vs {theta} {at}");
                    Assert.True(Math.Abs(g.Rho - rho) <= 1e-6 * (s + k), $"rho {g.Rho} vs {rho} {at}");
                }
            }
        }
    }

    [Theory]
    [InlineData(110.0, 100.0, Call, 10.0)]
    [InlineData(90.0, 100.0, Call, 0.0)]
    [InlineData(90.0, 100.0, Put, 10.0)]
    [InlineData(110.0, 100.0, Put, 0.0)]
    public void AtExpiryThePriceIsIntrinsicAndDeltaIsAStep(double s, double k, OptionRight right, double intrinsic)
    {
        OptionGreeks g = OptionPricer.Greeks(right, Bsm, s, k, 0, 0.5, 0.05, 0.02);
        Assert.Equal(intrinsic, g.Price, 12);
        Assert.Equal(intrinsic > 0 ? (right == Call ? 1 : -1) : 0, g.Delta);
        Assert.Equal(0, g.Gamma);
        Assert.Equal(0, g.Vega);
        Assert.True(double.IsFinite(g.Theta) && double.IsFinite(g.Rho));
    }

    [Fact]
    public void AtTheMoneyAtExpiryDeltaIsOneHalfAndEverythingIsFinite()
    {
        OptionGreeks c = OptionPricer.Greeks(Call, Bsm, 100, 100, 0, 0.3, 0.05);
        OptionGreeks p = OptionPricer.Greeks(Put, Bsm, 100, 100, 0, 0.3, 0.05);
        Assert.Equal(0.0, c.Price, 9); // σ√T is floored at 1e-12: a 4e-11 time value remains
        Assert.Equal(0.5, c.Delta, 12);
        Assert.Equal(-0.5, p.Delta, 12);
        Assert.Equal(0, c.Gamma);
    }

    [Fact]
    public void ZeroVolatilityPricesTheDiscountedForwardIntrinsic()
    {
        // σ = 0, T = 1: the forward is deterministic, V = e^(−rT)·max(F − K, 0).
        double s = 100, k = 95, r = 0.05, q = 0.01, t = 1;
        double forward = s * Math.Exp((r - q) * t);
        OptionGreeks c = OptionPricer.Greeks(Call, Bsm, s, k, t, 0, r, q);
        OptionGreeks p = OptionPricer.Greeks(Put, Bsm, s, k, t, 0, r, q);
        Assert.Equal(Math.Exp(-r * t) * (forward - k), c.Price, 10);
        Assert.Equal(0, p.Price);
        Assert.Equal(Math.Exp(-q * t), c.Delta, 14);
        Assert.Equal(0, p.Delta);
        Assert.Equal(0, c.Gamma);
    }

    [Fact]
    public void DeepInAndOutOfTheMoneyAndExtremeInputsGiveFiniteValues()
    {
        double[] spots = [1e-12, 1e-6, 1, 100, 1e6, 1e12];
        foreach (double s in spots)
        {
            foreach (double k in spots)
            {
                foreach (double t in new[] { 0, 1e-12, 1.0 / 365, 1, 100 })
                {
                    foreach (double vol in new[] { 0, 1e-9, 0.2, 10 })
                    {
                        foreach (OptionRight right in new[] { Call, Put })
                        {
                            foreach (PricingModel model in new[] { Bsm, B76 })
                            {
                                OptionGreeks g = OptionPricer.Greeks(right, model, s, k, t, vol, 1, -1);
                                Assert.True(
                                    double.IsFinite(g.Price) && double.IsFinite(g.Delta) && double.IsFinite(g.Gamma)
                                    && double.IsFinite(g.Vega) && double.IsFinite(g.Theta) && double.IsFinite(g.Rho),
                                    $"{right} {model} S={s} K={k} T={t} σ={vol}: {g}");
                                Assert.True(g.Price >= 0);
                            }
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(double.NaN, 100, 1, 0.2, 0.01, 0, RiskInputError.NotFinite)]
    [InlineData(-5, 100, 1, 0.2, 0.01, 0, RiskInputError.NonPositivePrice)]
    [InlineData(100, 0, 1, 0.2, 0.01, 0, RiskInputError.InvalidStrike)]
    [InlineData(100, double.PositiveInfinity, 1, 0.2, 0.01, 0, RiskInputError.NotFinite)]
    [InlineData(100, 100, -0.1, 0.2, 0.01, 0, RiskInputError.NegativeTime)]
    [InlineData(100, 100, 1, -0.2, 0.01, 0, RiskInputError.NegativeVolatility)]
    [InlineData(100, 100, 1, double.NaN, 0.01, 0, RiskInputError.NotFinite)]
    [InlineData(100, 100, 1, 0.2, 5, 0, RiskInputError.RateOutOfRange)]
    [InlineData(100, 100, 1, 0.2, 0.01, double.NaN, RiskInputError.NotFinite)]
    [InlineData(1e13, 100, 1, 0.2, 0.01, 0, RiskInputError.PriceOutOfRange)]
    public void BadInputsAreRefusedWithAReason(double s, double k, double t, double vol, double r, double q, RiskInputError expected)
    {
        Assert.Equal(expected, OptionPricer.TryGreeks(Call, Bsm, s, k, t, vol, r, q, out OptionGreeks g));
        Assert.Equal(default, g);
    }
}
