namespace LowLatency.Testing;

/// <summary>The repository root (the folder holding LowLatency.sln), found from the test binaries, for tests that read shipped files.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LowLatency.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LowLatency.sln not found above " + AppContext.BaseDirectory);
    }
}
