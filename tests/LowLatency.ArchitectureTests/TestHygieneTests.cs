using System.Text.RegularExpressions;

namespace LowLatency.ArchitectureTests;

// The brief: tests synchronise on events with timeouts, never bare sleeps.
public partial class TestHygieneTests
{
    [GeneratedRegex(@"\b(Thread\.Sleep|Task\.Delay)\s*\(")]
    private static partial Regex Sleep();

    [Fact]
    public void NoTestSleepsToSynchronise()
    {
        var offenders = RepositoryLayout.SourceFiles("tests", "*.cs")
            .Where(f => !f.EndsWith(nameof(TestHygieneTests) + ".cs", StringComparison.Ordinal))
            .Where(f => Sleep().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryLayout.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "tests that sleep: " + string.Join(", ", offenders));
    }
}
