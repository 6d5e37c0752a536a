namespace LowLatency.Quant.Tests.Numerics;

// The 512-bit kernels are textual twins of the 256-bit ones (the JIT inlining budget rules out one
// generic source, see SimdMath256.cs). This keeps the twins from drifting apart.
public class DerivedSourceTests
{
    [Theory]
    [InlineData("src/LowLatency.Quant/Numerics/SimdMath256.cs", "src/LowLatency.Quant/Numerics/SimdMath512.cs")]
    [InlineData("src/LowLatency.Quant/Greeks/GreeksSimd256.cs", "src/LowLatency.Quant/Greeks/GreeksSimd512.cs")]
    [InlineData("src/LowLatency.Quant/Exposure/RangeKernel256.cs", "src/LowLatency.Quant/Exposure/RangeKernel512.cs")]
    public void The512BitSourceIsThe256BitSourceWithTheWidthReplaced(string source256, string source512)
    {
        string root = RepositoryRoot();
        string a = File.ReadAllText(Path.Combine(root, source256));
        string b = File.ReadAllText(Path.Combine(root, source512));
        const string FirstCodeLine = "using ";
        string body256 = a[a.IndexOf(FirstCodeLine, StringComparison.Ordinal)..];
        string body512 = b[b.IndexOf(FirstCodeLine, StringComparison.Ordinal)..];
        Assert.Equal(body256.Replace("256", "512", StringComparison.Ordinal), body512);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LowLatency.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (LowLatency.sln) not found above " + AppContext.BaseDirectory);
    }
}
