namespace LowLatency.Venue.Gateway;

/// <summary>
/// Work another thread hands to the matching thread (book queries for tests, dropping sessions, a price shock):
/// the matching core is single-writer, so even reads of it happen there. Rare path: one object per request,
/// and the requester waits on <see cref="Completed"/> with a timeout.
/// </summary>
internal abstract class VenueControl
{
    private readonly ManualResetEventSlim _done = new(false);

    /// <summary>Set once <see cref="Run"/> returned (or threw: see <see cref="Error"/>).</summary>
    public WaitHandle Completed => _done.WaitHandle;

    public Exception? Error { get; private set; }

    /// <summary>Runs on the matching thread.</summary>
    protected abstract void Run(VenueGateway gateway);

    /// <summary>True when the matching thread ran it within <paramref name="timeout"/> (rethrows what it threw).</summary>
    public bool Wait(TimeSpan timeout)
    {
        if (!_done.Wait(timeout))
        {
            return false;
        }

        if (Error is not null)
        {
            throw new InvalidOperationException("the venue's matching thread failed the request: " + Error.Message, Error);
        }

        return true;
    }

    internal void Execute(VenueGateway gateway)
    {
        try
        {
            Run(gateway);
        }
        catch (Exception ex)
        {
            Error = ex;
        }
        finally
        {
            _done.Set();
        }
    }
}
