using System.Reflection;
using System.Xml.Linq;

namespace LowLatency.ArchitectureTests;

// STYLE.md: public types get a one-line comment saying why they exist. The compiler writes XML docs
// for every src project (Directory.Build.props); this reads them and names any public type without one.
public class PublicTypeDocumentationTests
{
    public static TheoryData<string> Assemblies() =>
    [
        "LowLatency.Core", "LowLatency.Ring", "LowLatency.Model", "LowLatency.Fix", "LowLatency.Quant",
        "LowLatency.Rebalancing", "LowLatency.Execution", "LowLatency.Venue", "lowlatency",
    ];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void EveryPublicTypeHasASummary(string assemblyName)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        string xml = Path.ChangeExtension(dll, ".xml");
        Assert.True(File.Exists(xml), $"{xml} missing: is GenerateDocumentationFile on?");
        var documented = XDocument.Load(xml).Descendants("member")
            .Where(m => m.Element("summary") is { } s && !string.IsNullOrWhiteSpace(s.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet();
        var missing = Assembly.LoadFrom(dll).GetExportedTypes()
            .Where(t => !t.IsNested)
            .Select(t => "T:" + t.FullName!.Replace('+', '.').Split('`')[0] + (t.IsGenericType ? "`" + t.GetGenericArguments().Length : string.Empty))
            .Where(id => !documented.Contains(id))
            .ToList();
        Assert.True(missing.Count == 0, "public types without a <summary>: " + string.Join(", ", missing));
    }
}
