using System.Globalization;
using LowLatency.Core.Ids;
using LowLatency.Execution.Positions;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Replay;

namespace LowLatency.Server.Cli;

/// <summary>
/// <c>replay</c>: rebuilds positions, cash and P&amp;L from a journal exactly as a restarted engine would, and with
/// <c>--decisions</c> re-runs the last run's recorded inbound events through a fresh decision stage and compares its
/// orders with the journalled ones (exit 1 when they differ).
/// </summary>
public static class ReplayCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(context);
        string directory = CommonOptions.Require(a, "--journal");
        ConfigSource engine = a.Get("--fix") is { } f ? ConfigSource.FromFile(f) : DefaultConfigs.Engine;
        ConfigSource portfolio = a.Get("--portfolio") is { } p ? ConfigSource.FromFile(p) : DefaultConfigs.Portfolio;
        EngineConfig config = EngineConfigLoader.Load(engine, portfolio);
        string path = Path.Combine(directory, JournalReplay.EngineJournal);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"no journal at {path}");
            return CliApp.Failed;
        }

        JournalHistory history = JournalHistory.Read(path);
        using DecisionLoop loop = JournalReplay.Rebuild(config, directory);
        TextWriter o = context.Out;
        string torn = history.Contents.TornTailBytes > 0 ? string.Create(Inv, $"; torn tail of {history.Contents.TornTailBytes} bytes ignored") : "";
        o.WriteLine(string.Create(Inv, $"journal {path}: {history.Contents.Entries.Count} records, {history.Starts} runs ({history.CleanStops} clean stops), {history.Fills} fills, {history.OrdersSent} orders, {history.KillSwitchEvents} kill-switch events; next order sequence {history.NextOrderSequence}{torn}"));
        if (history.LastFingerprint is { } fp && fp != config.Fingerprint)
        {
            o.WriteLine("note: the configuration given differs from the one the last run journalled");
        }

        o.WriteLine(string.Create(Inv, $"{"instrument",-20} {"position",14} {"traded",14} {"avg cost",14} {"realised",14} {"fees",12}"));
        foreach (var instrument in config.Portfolio.Instruments)
        {
            var id = new InstrumentId(instrument.Id);
            PositionSnapshot s = loop.Core.Engine.Positions.Get(id);
            o.WriteLine(string.Create(Inv, $"{instrument.Symbol,-20} {loop.Rebalancing.Book.QuantityOf(id),14:0.########} {s.NetQuantity.ToDouble(),14:0.########} {s.AverageCost,14:N2} {s.RealisedPnl,14:N2} {s.Fees,12:N2}"));
        }

        o.WriteLine(string.Create(Inv, $"cash {loop.Rebalancing.Book.Account.Cash:N2}   realised P&L {loop.Core.Engine.Positions.TotalRealisedPnl():N2}   fees {loop.Core.Engine.Positions.TotalFees():N2}"));
        if (!a.Has("--decisions"))
        {
            return CliApp.Ok;
        }

        ReplayResult result = JournalReplay.ReplayLastRun(config, directory);
        using (result.Loop)
        {
            string verdict = result.Identical ? "identical" : "DIFFERENT";
            o.WriteLine(string.Create(Inv, $"decisions: {result.InboundEvents} recorded inbound events replayed; journalled orders {result.Journalled.Count}, replayed {result.Replayed.Count}: {verdict}"));
            return result.Identical ? CliApp.Ok : CliApp.Failed;
        }
    }
}
