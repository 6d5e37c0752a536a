using LowLatency.Core;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// Runs simulated venues over real FIX in this process — the one call the server's <c>venue</c> command, the demo
/// and the tests use. Each venue gets its own FIX acceptor (port, sessions, stores, logs) and its own matching
/// thread; venues share nothing, so several with different prices and fees run side by side.
/// </summary>
/// <example>
/// <code>
/// using var host = VenueHost.StartFromFile("fix-config/venues.ini");
/// foreach (RunningVenue venue in host.Venues) Console.WriteLine($"{venue.Name} on {venue.EndPoint}");
/// </code>
/// </example>
public sealed class VenueHost : IDisposable
{
    private readonly List<RunningVenue> _venues;
    private int _disposed;

    private VenueHost(List<RunningVenue> venues)
    {
        _venues = venues;
    }

    /// <summary>The venues in configuration order.</summary>
    public IReadOnlyList<RunningVenue> Venues => _venues;

    /// <summary>Loads a venues file (<see cref="VenueSettingsFile.Load"/>: FIX sessions plus venue sections) and starts every venue in it.</summary>
    /// <exception cref="Fix.Config.FixConfigException">The file is invalid; the message names file, line and key.</exception>
    /// <exception cref="System.Net.Sockets.SocketException">A venue's port cannot be bound.</exception>
    public static VenueHost StartFromFile(string path, VenueHostOptions? options = null) =>
        Start(VenueSettingsFile.Load(path), options);

    /// <summary>Same as <see cref="StartFromFile"/> for settings text held in memory (an embedded default configuration).</summary>
    /// <param name="iniText">The file's text.</param>
    /// <param name="sourceName">Name used in error messages in place of a path (e.g. "embedded:venues.ini").</param>
    /// <param name="options">Overrides (ports, paths, clock …).</param>
    public static VenueHost StartFromText(string iniText, string sourceName, VenueHostOptions? options = null) =>
        Start(VenueSettingsFile.Parse(iniText, sourceName), options);

    /// <summary>Starts the given venues; if one fails to start, those already started are stopped and the error is thrown.</summary>
    public static VenueHost Start(IReadOnlyList<SimulatedVenueDefinition> venues, VenueHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(venues);
        options ??= new VenueHostOptions();
        if (venues.Count == 0)
        {
            ThrowHelper.ThrowArgument(nameof(venues), "no venue to start");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SimulatedVenueDefinition venue in venues)
        {
            if (!names.Add(venue.Config.Name))
            {
                ThrowHelper.ThrowArgument(nameof(venues), $"venue '{venue.Config.Name}' appears twice");
            }
        }

        var host = new VenueHost(new List<RunningVenue>(venues.Count));
        try
        {
            for (int i = 0; i < venues.Count; i++)
            {
                host._venues.Add(RunningVenue.Start(venues[i], i, options));
            }
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    /// <summary>The venue called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such venue.</exception>
    public RunningVenue this[string name] =>
        _venues.Find(v => v.Name == name) ?? throw new KeyNotFoundException($"no venue '{name}' (running: {string.Join(", ", _venues.Select(v => v.Name))})");

    /// <summary>Logs every session out (waiting up to the options' StopTimeout), stops the matching threads, flushes and closes stores and logs.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        List<Exception>? errors = null;
        for (int i = _venues.Count - 1; i >= 0; i--)
        {
            try
            {
                _venues[i].Dispose();
            }
            catch (Exception ex)
            {
                (errors ??= new List<Exception>()).Add(ex);
            }
        }

        if (errors is not null)
        {
            throw new AggregateException("stopping the venues failed", errors);
        }
    }
}
