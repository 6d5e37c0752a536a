using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Ini;

namespace LowLatency.Fix.Tests.Config;

public class IniDocumentTests
{
    private const string Path = "fix-config/test.ini";

    [Fact]
    public void SectionsKeepFileOrderNamesAndLineNumbers()
    {
        var doc = IniDocument.Parse("[DEFAULT]\nA=1\n\n[SESSION]\nB=2\n[SESSION]\nC=3\n", Path);

        Assert.Equal(3, doc.Sections.Count);
        Assert.Equal(["DEFAULT", "SESSION", "SESSION"], doc.Sections.Select(s => s.Name));
        Assert.Equal([1, 4, 6], doc.Sections.Select(s => s.Line));
        IniEntry c = Assert.Single(doc.Sections[2].Entries);
        Assert.Equal(("C", "3", 7, Path), (c.Key, c.Value, c.Line, c.Path));
    }

    [Fact]
    public void CommentsBlankLinesAndSurroundingWhitespaceAreIgnored()
    {
        var doc = IniDocument.Parse("# comment\r\n; another\r\n   \r\n  [ SESSION ]  \r\n\tKey  =  some value \t\r\n", Path);

        IniSection section = Assert.Single(doc.Sections);
        Assert.Equal("SESSION", section.Name);
        IniEntry entry = Assert.Single(section.Entries);
        Assert.Equal(("Key", "some value", 5), (entry.Key, entry.Value, entry.Line));
    }

    [Fact]
    public void ValuesKeepEqualsSignsAndHashesBecauseThereAreNoInlineComments()
    {
        var doc = IniDocument.Parse("[S]\nPassword=a=b#c;d\nHeartBtInt=30 # seconds\n", Path);

        Assert.True(doc.Sections[0].TryGet("Password", out IniEntry password));
        Assert.Equal("a=b#c;d", password.Value);
        Assert.True(doc.Sections[0].TryGet("HeartBtInt", out IniEntry heartbeat));
        Assert.Equal("30 # seconds", heartbeat.Value);
    }

    [Fact]
    public void KeysAndSectionNamesAreMatchedIgnoringCase()
    {
        var doc = IniDocument.Parse("[session]\nheartbtint=30\n", Path);

        Assert.True(doc.Sections[0].IsNamed("SESSION"));
        Assert.True(doc.Sections[0].TryGet("HeartBtInt", out IniEntry entry));
        Assert.Equal("heartbtint", entry.Key);
    }

    [Fact]
    public void ADuplicateKeyInOneSectionIsAnErrorNamingBothLines()
    {
        var ex = Assert.Throws<FixConfigException>(() => IniDocument.Parse("[SESSION]\nHeartBtInt=30\n\nheartbtint=20\n", Path));

        Assert.Equal("fix-config/test.ini:4: heartbtint: duplicate key in [SESSION] (first set at line 2)", ex.Message);
        Assert.Equal((Path, 4, "heartbtint"), (ex.FilePath, ex.Line, ex.Key));
    }

    [Fact]
    public void TheSameKeyInTwoSectionsIsFine()
    {
        var doc = IniDocument.Parse("[SESSION]\nA=1\n[SESSION]\nA=2\n", Path);

        Assert.Equal(2, doc.Sections.Count);
    }

    [Fact]
    public void ASettingBeforeAnySectionIsAnError()
    {
        var ex = Assert.Throws<FixConfigException>(() => IniDocument.Parse("# header\nHeartBtInt=30\n", Path));

        Assert.Equal("fix-config/test.ini:2: HeartBtInt: setting outside any [SECTION]", ex.Message);
    }

    [Fact]
    public void ALineThatIsNeitherSectionNorSettingIsAnError()
    {
        var ex = Assert.Throws<FixConfigException>(() => IniDocument.Parse("[SESSION]\nHeartBtInt 30\n", Path));

        Assert.Equal(2, ex.Line);
        Assert.Contains("expected Key=Value or [SECTION]", ex.Message);
    }

    [Fact]
    public void AnEmptyKeyIsAnError()
    {
        var ex = Assert.Throws<FixConfigException>(() => IniDocument.Parse("[SESSION]\n = 30\n", Path));

        Assert.Equal(2, ex.Line);
        Assert.Contains("empty key", ex.Message);
    }

    [Theory]
    [InlineData("[SESSION")]
    [InlineData("[SESSION] trailing")]
    [InlineData("[]")]
    [InlineData("[  ]")]
    public void AMalformedSectionHeaderIsAnError(string header)
    {
        var ex = Assert.Throws<FixConfigException>(() => IniDocument.Parse("# x\n" + header + "\n", Path));

        Assert.Equal(2, ex.Line);
        Assert.Null(ex.Key);
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheFirstSectionName()
    {
        var doc = IniDocument.Parse("\uFEFF[SESSION]\nA=1\n", Path);

        Assert.Equal("SESSION", doc.Sections[0].Name);
    }

    [Fact]
    public void LoadingAMissingFileIsAConfigErrorNamingTheFile()
    {
        using var dir = new TestDirectory();
        string missing = dir.File("nope.ini");

        var ex = Assert.Throws<FixConfigException>(() => IniDocument.Load(missing));

        Assert.Equal(missing, ex.FilePath);
        Assert.StartsWith(missing + ": cannot read settings file", ex.Message);
    }

    [Fact]
    public void LoadReadsARealFileAndReportsItsPath()
    {
        using var dir = new TestDirectory();
        string path = dir.File("a.ini");
        File.WriteAllText(path, "[SESSION]\nA=1\n");

        var doc = IniDocument.Load(path);

        Assert.Equal(path, doc.Path);
        Assert.Equal(path, doc.Sections[0].Entries[0].Path);
    }
}
