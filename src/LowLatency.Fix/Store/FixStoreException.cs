namespace LowLatency.Fix.Store;

/// <summary>
/// A message store cannot be opened: a corrupt control file, or the store is locked by another
/// process. The message names the file; the session refuses to start rather than guess sequence numbers.
/// </summary>
public sealed class FixStoreException : Exception
{
    public FixStoreException(string path, string detail, Exception? inner = null)
        : base($"{path}: {detail}", inner)
    {
        FilePath = path;
    }

    /// <summary>The store file concerned.</summary>
    public string FilePath { get; }
}
