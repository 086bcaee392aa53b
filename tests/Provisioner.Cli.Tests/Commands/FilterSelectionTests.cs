using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>A filter that selects nothing is a usage error naming the nearest existing name; a run that would do nothing never succeeds.</summary>
public sealed class FilterSelectionTests
{
    [Theory]
    [InlineData("Did you mean 'DCP-DEMO-01'?", "apply", "--yes", "--device", "DCP-HH-1")]
    [InlineData("Did you mean 'demo'?", "plan", "--site", "dem")]
    [InlineData("Did you mean 'dc-power'?", "diff", "--kind", "pdu")]
    [InlineData("no device of the inventory matches this pattern", "render", "--device", "UPS-*")]
    public async Task Command_FilterSelectsNothing_IsAUsageErrorWithTheNearestName(string expected, string command, params string[] filter)
    {
        var result = await CliRun.RunAsync(DemoLab.Environment, [command, CliRun.Demo, .. filter]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DEVICE", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_SiteTypoInALargerInventory_SuggestsTheSite()
    {
        var result = await CliRun.RunAsync("plan", CliRun.Contoso, "--site", "newyrok");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--site newyrok", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'newyork'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_UnknownKind_IsAUsageErrorSuggestingTheKind()
    {
        var result = await CliRun.RunAsync("plan", CliRun.Contoso, "--kind", "upss");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Did you mean 'ups'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_FiltersThatEachMatchButNotTogether_IsAUsageError()
    {
        var result = await CliRun.RunAsync("plan", CliRun.Contoso, "--site", "detroit", "--device", "UPS-NY-*");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no device matches --site detroit --device UPS-NY-* together", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_LabThatSimulatesNoneOfTheSelectedDevices_IsAUsageErrorNotASuccess()
    {
        await using var lab = await DemoLab.StartAsync(111);

        var result = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Contoso, "--lab", lab.MapPath);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("none of the 17 selected device(s) is in that lab", result.Error, StringComparison.Ordinal);
    }
}
