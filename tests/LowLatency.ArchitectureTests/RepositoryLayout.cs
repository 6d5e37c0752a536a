namespace LowLatency.ArchitectureTests;

/// <summary>Finds the repository root (the folder holding LowLatency.sln) from the test binaries.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LowLatency.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LowLatency.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> SourceFiles(string topFolder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, topFolder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
}
