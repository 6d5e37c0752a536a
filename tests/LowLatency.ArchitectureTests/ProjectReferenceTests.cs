using System.Xml.Linq;

namespace LowLatency.ArchitectureTests;

// The allowed edges are DESIGN.md's project table: references point inwards only, FIX is protocol
// only (never Model), and only the composition root sees everything.
public class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["LowLatency.Core"] = [],
        ["LowLatency.Ring"] = ["LowLatency.Core"],
        ["LowLatency.Model"] = ["LowLatency.Core"],
        ["LowLatency.Fix"] = ["LowLatency.Core"],
        ["LowLatency.Quant"] = ["LowLatency.Core", "LowLatency.Model"],
        ["LowLatency.Rebalancing"] = ["LowLatency.Core", "LowLatency.Model", "LowLatency.Quant"],
        ["LowLatency.Execution"] = ["LowLatency.Core", "LowLatency.Model", "LowLatency.Quant", "LowLatency.Fix"],
        ["LowLatency.Venue"] = ["LowLatency.Core", "LowLatency.Model", "LowLatency.Fix"],
        ["LowLatency.Server"] =
        [
            "LowLatency.Core", "LowLatency.Ring", "LowLatency.Model", "LowLatency.Fix", "LowLatency.Quant",
            "LowLatency.Rebalancing", "LowLatency.Execution", "LowLatency.Venue",
        ],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (string project in RepositoryLayout.SourceFiles("src", "*.csproj"))
        {
            data.Add(Path.GetFileNameWithoutExtension(project));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void SourceProjectsReferenceOnlyTheLayersBelowThem(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out string[]? allowed), $"{project} is not in the layer table; add it to DESIGN.md and here");
        string path = Path.Combine(RepositoryLayout.Root, "src", project, project + ".csproj");
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!))
            .ToList();
        foreach (string reference in references)
        {
            Assert.True(allowed!.Contains(reference), $"{project} must not reference {reference} (DESIGN.md, Projects)");
        }
    }

    [Fact]
    public void TheLayerTableFailsOnAForbiddenEdge()
    {
        // Guards the guard: the check above is only worth something if a known-bad edge is caught.
        Assert.DoesNotContain("LowLatency.Model", Allowed["LowLatency.Fix"]);
        Assert.DoesNotContain("LowLatency.Server", Allowed["LowLatency.Venue"]);
    }

    [Fact]
    public void NoProjectPinsAPackageVersionOfItsOwn()
    {
        foreach (string path in RepositoryLayout.SourceFiles(".", "*.csproj"))
        {
            var pinned = XDocument.Load(path).Descendants("PackageReference")
                .Where(e => e.Attribute("Version") is not null || e.Element("Version") is not null)
                .Select(e => (string)e.Attribute("Include")!)
                .ToList();
            Assert.True(pinned.Count == 0, $"{path} pins {string.Join(", ", pinned)}: versions belong in Directory.Packages.props");
        }
    }
}
