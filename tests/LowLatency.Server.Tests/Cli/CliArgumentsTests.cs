using LowLatency.Server.Cli;

namespace LowLatency.Server.Tests.Cli;

public sealed class CliArgumentsTests
{
    [Fact]
    public void NoArgumentsMeansTheDemo()
    {
        CliArguments a = CliArguments.Parse([]);
        Assert.Equal("demo", a.Command);
        Assert.Null(a.Error);
    }

    [Fact]
    public void OptionsWithoutACommandBelongToTheDemo()
    {
        CliArguments a = CliArguments.Parse(["--duration", "30s", "--seed", "7", "--no-dashboard"]);
        Assert.Equal("demo", a.Command);
        Assert.Equal("30s", a.Get("--duration"));
        Assert.Equal("7", a.Get("--seed"));
        Assert.True(a.Has("--no-dashboard"));
    }

    [Fact]
    public void TheEngineCommandTakesItsFiles()
    {
        CliArguments a = CliArguments.Parse(["engine", "--fix", "e.ini", "--portfolio", "p.ini", "--journal", "j"]);
        Assert.Null(a.Error);
        Assert.Equal("engine", a.Command);
        Assert.Equal("e.ini", a.Get("--fix"));
        Assert.Equal("p.ini", a.Get("--portfolio"));
        Assert.Equal("j", a.Get("--journal"));
    }

    [Theory]
    [InlineData(new[] { "engine", "--fixx", "e.ini" }, "unknown option '--fixx' for 'engine'")]
    [InlineData(new[] { "demo", "--fix", "e.ini" }, "unknown option '--fix' for 'demo'")]
    [InlineData(new[] { "engine", "--fix" }, "option --fix needs a value")]
    [InlineData(new[] { "engine", "--fix", "--portfolio", "p.ini" }, "option --fix needs a value")]
    [InlineData(new[] { "launch" }, "unknown command 'launch'")]
    [InlineData(new[] { "backtest", "extra" }, "unexpected argument 'extra'")]
    public void ABadCommandLineIsAnErrorNotAnException(string[] args, string error)
    {
        Assert.Equal(error, CliArguments.Parse(args).Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void HelpWorksAnywhere(string flag)
    {
        Assert.Equal("help", CliArguments.Parse([flag]).Command);
        Assert.Equal("help", CliArguments.Parse(["engine", flag]).Command);
    }

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("500ms", 500)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("3", 3_000)]
    [InlineData("0.5s", 500)]
    public void DurationsCarryAUnitOrMeanSeconds(string text, double milliseconds)
    {
        Assert.True(CliValues.TryDuration(text, out TimeSpan d));
        Assert.Equal(milliseconds, d.TotalMilliseconds, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3s")]
    [InlineData("0s")]
    [InlineData("3 s")]
    public void NonsenseDurationsAreRefused(string text) => Assert.False(CliValues.TryDuration(text, out _));
}
