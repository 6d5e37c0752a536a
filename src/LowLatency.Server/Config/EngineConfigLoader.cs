using System.Security.Cryptography;
using System.Text;
using LowLatency.Execution.Config;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Rebalancing.Config;
using LowLatency.Server.Config.Portfolio;

namespace LowLatency.Server.Config;

/// <summary>
/// Builds an <see cref="EngineConfig"/> from the engine file (<c>[DEFAULT]</c>/<c>[SESSION]</c> bound by the FIX
/// binder; <c>[SERVER]</c>, <c>[ANALYTICS]</c>, <c>[ORDERS]</c>, <c>[RISK]</c>, <c>[LIMITS]</c>, <c>[ROUTER]</c>,
/// <c>[VENUE]</c> bound here with the same binder) and the portfolio file. Every problem — syntax, unknown section or
/// key, bad value, a venue without its session, a limit the execution configuration refuses — is a
/// <see cref="FixConfigException"/> naming file, line and key, so the server refuses to start with an actionable message.
/// </summary>
/// <remarks>Start-up path: clarity over speed.</remarks>
public static class EngineConfigLoader
{
    /// <summary>The shipped defaults (compiled in): what <c>demo</c> runs.</summary>
    public static EngineConfig LoadDefaults() => Load(DefaultConfigs.Engine, DefaultConfigs.Portfolio);

    /// <summary>Loads both files from disk.</summary>
    public static EngineConfig Load(string enginePath, string portfolioPath) =>
        Load(ConfigSource.FromFile(enginePath), ConfigSource.FromFile(portfolioPath));

    public static EngineConfig Load(ConfigSource engine, ConfigSource portfolio)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(portfolio);
        PortfolioConfig portfolioConfig = PortfolioConfigLoader.Parse(portfolio.Text, portfolio.Name);
        IniDocument document = IniDocument.Parse(engine.Text, engine.Name);
        var binder = new ConfigBinder(document);
        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.Bind(binder);
        if (sessions.Count == 0)
        {
            throw new FixConfigException(engine.Name, 0, null, "no [SESSION] section: the engine needs a FIX session per venue");
        }

        ServerSettings server = ServerSectionBinder.BindServer(binder);
        AnalyticsOptions analytics = ServerSectionBinder.BindAnalytics(binder);
        ExecutionBinding execution = ExecutionSectionBinder.Bind(binder, portfolioConfig, sessions);
        binder.Complete();
        execution.Validate(binder);
        return new EngineConfig
        {
            Sessions = sessions,
            Venues = execution.Links,
            Execution = execution.Config,
            Portfolio = portfolioConfig,
            Server = server,
            Analytics = analytics,
            Fingerprint = Fingerprint(engine.Text, portfolio.Text),
            EngineSource = engine.Name,
            PortfolioSource = portfolio.Name,
        };
    }

    /// <summary>SHA-256 of both texts with line endings normalised (a checkout on another OS is the same configuration).</summary>
    public static string Fingerprint(string engineText, string portfolioText)
    {
        string joined = engineText.Replace("\r\n", "\n", StringComparison.Ordinal) + "\0" + portfolioText.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
