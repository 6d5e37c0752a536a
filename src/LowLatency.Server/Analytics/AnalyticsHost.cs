using LowLatency.Core.Agents;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;
using LowLatency.Rebalancing.Config;
using LowLatency.Server.Config;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Server.Analytics;

/// <summary>
/// The VaR/ES side of the server: the snapshot hand-off, the agent (delta-normal, delta-gamma and Monte Carlo full
/// revaluation with the Black–Scholes pricer) on its own thread with a backoff idle strategy, and the board the
/// dashboard and /metrics read. The covariance is daily: each underlying's daily volatility from the portfolio's
/// cost inputs, one correlation between underlyings from <c>[ANALYTICS]</c>.
/// </summary>
public sealed class AnalyticsHost : IDisposable
{
    private readonly AgentRunner<RiskAnalyticsAgent<BlackScholesPricer>, BackoffIdleStrategy>? _runner;

    public AnalyticsHost(PortfolioConfig portfolio, IReadOnlyList<string> underlyingSymbols, int optionCapacity, AnalyticsOptions options, Action<Exception> onError)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(underlyingSymbols);
        ArgumentNullException.ThrowIfNull(options);
        int factors = underlyingSymbols.Count;
        Exchange = new SnapshotExchange(factors, Math.Max(optionCapacity, 1));
        Board = new RiskReportBoard();
        Options = options;
        if (!options.Enabled)
        {
            return;
        }

        Matrix<double> covariance = Covariance(portfolio, underlyingSymbols, options.Correlation);
        var settings = new RiskAnalyticsSettings
        {
            Confidence = options.Confidence,
            HorizonPeriods = 1.0,
            MonteCarlo = options.MonteCarloPaths > 0
                ? new MonteCarloVarOptions { Scenarios = options.MonteCarloPaths, Seed = options.Seed, HorizonPeriods = 1.0, HorizonYears = 1.0 / 365.0 }
                : null,
        };
        Agent = new RiskAnalyticsAgent<BlackScholesPricer>(Exchange, Board, covariance, settings);
        _runner = new AgentRunner<RiskAnalyticsAgent<BlackScholesPricer>, BackoffIdleStrategy>(Agent, BackoffIdleStrategy.Default, onError);
    }

    public SnapshotExchange Exchange { get; }

    public RiskReportBoard Board { get; }

    public AnalyticsOptions Options { get; }

    public RiskAnalyticsAgent<BlackScholesPricer>? Agent { get; }

    /// <summary>Daily covariance: σᵢσⱼρ off the diagonal, σᵢ² on it (σ = the underlying instrument's DailyVolatility).</summary>
    public static Matrix<double> Covariance(PortfolioConfig portfolio, IReadOnlyList<string> underlyingSymbols, double correlation)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        int n = underlyingSymbols.Count;
        var sigma = new double[n];
        for (int i = 0; i < n; i++)
        {
            sigma[i] = portfolio.Find(underlyingSymbols[i]).DailyVolatility;
        }

        return Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? sigma[i] * sigma[i] : correlation * sigma[i] * sigma[j]);
    }

    public void Start() => _runner?.Start();

    public void Dispose() => _runner?.Dispose();
}
