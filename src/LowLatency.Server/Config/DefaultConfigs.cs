using System.Resources;

namespace LowLatency.Server.Config;

/// <summary>
/// The shipped configuration compiled into the assembly (<c>Defaults.resx</c> links <c>fix-config/engine.ini</c>,
/// <c>fix-config/venues.ini</c> and <c>Config/Portfolio/default-portfolio.ini</c>), so the demo runs from any
/// directory with no files. The files stay the single source: the resource compiler copies them at build time.
/// </summary>
public static class DefaultConfigs
{
    private static readonly ResourceManager Resources = new("LowLatency.Server.Config.Defaults", typeof(DefaultConfigs).Assembly);

    /// <summary>FIX sessions to VENUE1..3 plus the engine sections ([SERVER], [RISK], [VENUE] …).</summary>
    public static ConfigSource Engine => Get("EngineIni", "embedded:fix-config/engine.ini");

    /// <summary>The simulated venues' settings (acceptor sessions, instruments, liquidity).</summary>
    public static ConfigSource Venues => Get("VenuesIni", "embedded:fix-config/venues.ini");

    /// <summary>The demo portfolio (instruments, starting positions, policies).</summary>
    public static ConfigSource Portfolio => Get("PortfolioIni", "embedded:default-portfolio.ini");

    private static ConfigSource Get(string key, string name) =>
        new(Resources.GetString(key, System.Globalization.CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"the server was built without its {name} resource"), name);
}
