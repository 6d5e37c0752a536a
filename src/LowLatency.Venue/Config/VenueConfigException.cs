namespace LowLatency.Venue.Config;

/// <summary>A venue configuration that cannot run; the message lists every problem, one per line, naming venue and key.</summary>
public sealed class VenueConfigException : Exception
{
    public VenueConfigException(string venue, IReadOnlyList<string> errors)
        : base($"invalid configuration of venue '{venue}':{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
    {
        Errors = errors;
    }

    public VenueConfigException()
        : this("?", [])
    {
    }

    public VenueConfigException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public VenueConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
