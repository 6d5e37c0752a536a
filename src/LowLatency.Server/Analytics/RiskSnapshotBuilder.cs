using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;

namespace LowLatency.Server.Analytics;

/// <summary>
/// Copies the risk book into the analytics hand-off on the decision thread (a few microseconds, no allocation):
/// one factor per underlying (its level, linear and total delta/gamma exposure per unit return) and every option
/// with its terms, into <see cref="SnapshotExchange.ProducerBuffer"/>, then publishes it. The VaR/ES agent works on
/// that copy on its own thread; the book itself is never shared.
/// </summary>
public sealed class RiskSnapshotBuilder
{
    private readonly PortfolioRiskBook _book;
    private readonly SnapshotExchange _exchange;
    private readonly PositionRisk[] _positions;
    private long _sequence;

    public RiskSnapshotBuilder(PortfolioRiskBook book, SnapshotExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(exchange);
        _book = book;
        _exchange = exchange;
        _positions = new PositionRisk[book.PositionCount];
    }

    /// <summary>Factors (underlyings) a snapshot has: the covariance must be this size.</summary>
    public int FactorCount => _book.UnderlyingCount;

    /// <summary>Options a snapshot can hold.</summary>
    public int OptionCapacity => _positions.Length;

    /// <summary>Fills and publishes a snapshot; false (nothing published) until every underlying has a price.</summary>
    public bool TryPublish(long nowNs)
    {
        int factors = _book.UnderlyingCount;
        for (int g = 0; g < factors; g++)
        {
            if (!(_book.UnderlyingAt(g).Price > 0))
            {
                return false;
            }
        }

        RiskSnapshot snapshot = _exchange.ProducerBuffer;
        if (!snapshot.Reset(factors))
        {
            return false;
        }

        int n = _book.CopyPositions(_positions);
        for (int g = 0; g < factors; g++)
        {
            double s = _book.UnderlyingAt(g).Price;
            double linear = 0, delta = 0, gamma = 0;
            for (int i = 0; i < n; i++)
            {
                ref readonly PositionRisk p = ref _positions[i];
                if (!_book.TryGetUnderlyingIndex(p.Underlying, out int pg) || pg != g)
                {
                    continue;
                }

                delta += p.DeltaCurrency;
                if (p.IsOption)
                {
                    gamma += p.GammaUnits * s * s;
                    if (p.Size != 0)
                    {
                        double carry = p.Model == PricingModel.Black76 ? 0.0 : p.Rate - p.DividendYield;
                        snapshot.AddOption(g, p.Size, new OptionTerms(p.Right, p.Strike, p.TimeToExpiryYears, p.Volatility, p.Rate, carry));
                    }
                }
                else
                {
                    linear += p.Size * s;
                }
            }

            snapshot.SetFactor(g, s, linear, delta, gamma);
        }

        snapshot.Sequence = ++_sequence;
        snapshot.TimestampNanoseconds = nowNs;
        _exchange.Publish();
        return true;
    }
}
