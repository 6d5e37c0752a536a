using LowLatency.Fix.Config;
using LowLatency.Rebalancing.Config;
using LowLatency.Server.Journal;

namespace LowLatency.Server.Cli;

/// <summary>
/// The <c>lowlatency</c> command line: parses, dispatches to a command, and turns the failures a command can meet
/// into messages and exit codes (2: bad command line or configuration — the message names file, line and key;
/// 1: failed while starting or running, e.g. a damaged journal or a port in use).
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CliArguments parsed = CliArguments.Parse(args);
        if (parsed.Error is not null)
        {
            context.Error.WriteLine($"error: {parsed.Error}");
            context.Error.WriteLine(Usage.Text);
            return BadUsage;
        }

        try
        {
            return parsed.Command switch
            {
                "help" => Help(context),
                "engine" => EngineCommand.Run(parsed, context),
                "demo" => DemoCommand.Run(parsed, context),
                "venue" => VenueCommand.Run(parsed, context),
                "backtest" => BacktestCommand.Run(parsed, context),
                "replay" => ReplayCommand.Run(parsed, context),
                _ => CheckConfigCommand.Run(parsed, context),
            };
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            context.Error.WriteLine(Usage.Text);
            return BadUsage;
        }
        catch (Exception ex) when (ex is FixConfigException or RebalancingConfigException or Venue.Config.VenueConfigException)
        {
            context.Error.WriteLine($"configuration error: {ex.Message}");
            return BadUsage;
        }
        catch (JournalCorruptException ex)
        {
            context.Error.WriteLine($"refusing to start: {ex.Message}");
            return Failed;
        }
    }

    private static int Help(CliContext context)
    {
        context.Out.WriteLine(Usage.Text);
        return Ok;
    }
}
