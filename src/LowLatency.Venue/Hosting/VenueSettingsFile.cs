using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// Reads a venues settings file (<c>fix-config/venues.ini</c>): the QuickFIX-style <c>[DEFAULT]</c>/<c>[SESSION]</c>
/// acceptor sessions plus the venues' own <c>[VENUE]</c>, <c>[INSTRUMENT]</c>, <c>[LIQUIDITY]</c> and <c>[FAULTS]</c>
/// sections. A venue owns the sessions whose SenderCompID is its own. Anything unknown or invalid stops start-up with
/// a <see cref="FixConfigException"/> naming file, line and key.
/// </summary>
public static class VenueSettingsFile
{
    /// <exception cref="FixConfigException">The file is missing or invalid.</exception>
    public static IReadOnlyList<SimulatedVenueDefinition> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Bind(IniDocument.Load(path));
    }

    /// <param name="text">The settings text.</param>
    /// <param name="sourceName">What error messages call it (a path or e.g. "embedded:venues.ini").</param>
    /// <exception cref="FixConfigException">The text is invalid.</exception>
    public static IReadOnlyList<SimulatedVenueDefinition> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        return Bind(IniDocument.Parse(text, sourceName));
    }

    private static IReadOnlyList<SimulatedVenueDefinition> Bind(IniDocument document)
    {
        var binder = new ConfigBinder(document);
        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.Bind(binder);
        IReadOnlyList<VenueSectionBinder.BoundVenue> venues = VenueSectionBinder.Bind(binder);
        binder.Complete();
        if (venues.Count == 0)
        {
            throw new FixConfigException(document.Path, 0, null, $"no [{VenueSectionBinder.VenueSection}] section: a venues file defines at least one venue");
        }

        var owned = venues.ToDictionary(v => v.SenderCompId, _ => new List<FixSessionSettings>(), StringComparer.Ordinal);
        foreach (FixSessionSettings session in sessions)
        {
            if (!owned.TryGetValue(session.SessionId.SenderCompID, out List<FixSessionSettings>? list))
            {
                throw new FixConfigException(session.SourcePath, session.SourceLine, "SenderCompID",
                    $"no [{VenueSectionBinder.VenueSection}] has SenderCompID '{session.SessionId.SenderCompID}' (venues: {string.Join(", ", owned.Keys)})");
            }

            if (session.ConnectionType != ConnectionType.Acceptor)
            {
                throw new FixConfigException(session.SourcePath, session.SourceLine, "ConnectionType", "a venue's sessions are acceptors");
            }

            list.Add(session);
        }

        var result = new List<SimulatedVenueDefinition>(venues.Count);
        foreach (VenueSectionBinder.BoundVenue venue in venues)
        {
            List<FixSessionSettings> list = owned[venue.SenderCompId];
            if (list.Count == 0)
            {
                throw new FixConfigException(venue.Section.Path, venue.Section.Line, "SenderCompID",
                    $"venue {venue.Config.Name} has no [SESSION] with SenderCompID={venue.SenderCompId}: clients could not reach it");
            }

            result.Add(new SimulatedVenueDefinition { Config = venue.Config, Sessions = list });
        }

        return result;
    }
}
