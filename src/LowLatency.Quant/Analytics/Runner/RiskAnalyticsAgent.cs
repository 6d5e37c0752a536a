using System.Diagnostics;
using LowLatency.Core.Agents;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Runner;

/// <summary>
/// The risk analytics duty cycle, run on its own thread by an <see cref="AgentRunner{TAgent, TIdle}"/>:
/// take the newest snapshot from the <see cref="SnapshotExchange"/> (never blocking its producer), compute
/// delta-normal VaR/ES with component VaR, delta-gamma Cornish–Fisher and — when configured — Monte Carlo
/// and historical full-revaluation VaR, and publish an immutable <see cref="RiskReport"/> on the
/// <see cref="RiskReportBoard"/>. A refused snapshot produces an error report; the agent carries on.
/// A new covariance (<see cref="UpdateCovariance"/>) is validated on the caller's thread and picked up
/// between snapshots.
/// </summary>
public sealed class RiskAnalyticsAgent<TPricer> : IAgent
    where TPricer : struct, IOptionPricer
{
    private readonly SnapshotExchange _input;
    private readonly RiskReportBoard _output;
    private readonly RiskAnalyticsSettings _settings;
    private readonly TPricer _pricer;
    private Model? _pending;
    private Model _model;
    private long _processed;

    public RiskAnalyticsAgent(SnapshotExchange input, RiskReportBoard output, Matrix<double> covariance, RiskAnalyticsSettings settings, TPricer pricer = default)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(output, nameof(output));
        Guard.NotNull(settings, nameof(settings));
        Guard.Confidence(settings.Confidence, nameof(settings.Confidence));
        Guard.Positive(settings.HorizonPeriods, nameof(settings.HorizonPeriods));
        _input = input;
        _output = output;
        _settings = settings;
        _pricer = pricer;
        _model = new Model(covariance, settings);
    }

    public string RoleName => "risk-analytics";

    /// <summary>Snapshots processed (including refused ones); written by the agent thread only.</summary>
    public long Processed => Volatile.Read(ref _processed);

    /// <summary>Validates <paramref name="covariance"/> here (throws on bad input) and hands it to the agent thread.</summary>
    public void UpdateCovariance(Matrix<double> covariance) =>
        Volatile.Write(ref _pending, new Model(covariance, _settings));

    public void OnStart()
    {
    }

    public int DoWork()
    {
        var pending = Interlocked.Exchange(ref _pending, null);
        if (pending is not null)
        {
            _model = pending;
        }

        if (!_input.TryTake(out var snapshot))
        {
            return pending is null ? 0 : 1;
        }

        _output.Publish(Compute(snapshot!));
        Volatile.Write(ref _processed, _processed + 1);
        return 1;
    }

    public void OnClose()
    {
    }

    private RiskReport Compute(RiskSnapshot snapshot)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            if (snapshot.FactorCount != _model.FactorCount)
            {
                Guard.Fail(nameof(snapshot), $"snapshot has {snapshot.FactorCount} factors but the covariance has {_model.FactorCount}");
            }

            snapshot.Validate();
            var parametric = _model.Parametric;
            parametric.SetExposures(snapshot.DeltaExposures);
            var components = new double[snapshot.FactorCount];
            parametric.ComponentVar(components);
            var delta = ParametricVar.FromSigma(Math.Sqrt(parametric.Variance * _settings.HorizonPeriods), _settings.Confidence);
            var deltaGamma = DeltaGammaVar.DiagonalCore(snapshot.DeltaExposures, snapshot.GammaExposures, _model.Covariance, _settings.Confidence, _settings.HorizonPeriods);
            VarResult? monteCarlo = _model.MonteCarlo?.Compute(snapshot, _settings.Confidence, _pricer);
            VarResult? historical = _model.Historical?.Compute(snapshot, _settings.Confidence, _pricer, _settings.HistoricalHorizonYears);
            return new RiskReport(snapshot.Sequence, snapshot.TimestampNanoseconds, Elapsed(start), delta, deltaGamma, monteCarlo, historical, components, null);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException or InvalidOperationException)
        {
            // Refused input (or a numerical failure on it) becomes a report the dashboard shows; the agent
            // keeps serving the next snapshot.
            return new RiskReport(snapshot.Sequence, snapshot.TimestampNanoseconds, Elapsed(start), default, default, null, null, [], ex.Message);
        }
    }

    private static long Elapsed(long start) => (long)Stopwatch.GetElapsedTime(start).TotalNanoseconds;

    /// <summary>Everything derived from one covariance, built and validated once.</summary>
    private sealed class Model
    {
        public Model(Matrix<double> covariance, RiskAnalyticsSettings settings)
        {
            Covariance = covariance.Clone();

            // σ² stays one-period; the engine's VaR, ES and components carry the √h horizon scaling.
            Parametric = new IncrementalParametricVar(Covariance, settings.Confidence, settings.HorizonPeriods);
            MonteCarlo = settings.MonteCarlo is { } options ? new MonteCarloVarEngine(Covariance, options) : null;
            if (settings.HistoricalScenarios is { } scenarios)
            {
                if (scenarios.ColumnCount != Covariance.RowCount)
                {
                    Guard.Fail(nameof(settings.HistoricalScenarios), $"historical scenarios have {scenarios.ColumnCount} factor columns but the covariance has {Covariance.RowCount}");
                }

                Historical = new HistoricalVarEngine(scenarios);
            }
        }

        public int FactorCount => Covariance.RowCount;

        public Matrix<double> Covariance { get; }

        public IncrementalParametricVar Parametric { get; }

        public MonteCarloVarEngine? MonteCarlo { get; }

        public HistoricalVarEngine? Historical { get; }
    }
}
