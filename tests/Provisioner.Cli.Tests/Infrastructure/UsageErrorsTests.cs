using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests;

/// <summary>Mistyped commands and options: exit 4, the nearest spelling, and the help of the right command.</summary>
public sealed class UsageErrorsTests
{
    [Theory]
    [InlineData("Did you mean 'provisioner lint' instead of 'lnt'?", "lnt", "x")]
    [InlineData("Did you mean 'provisioner snmp get' instead of 'gett'?", "snmp", "gett", "127.0.0.1", "1.3.6.1")]
    [InlineData("Did you mean '--strict' instead of '--strct'?", "lint", "INVENTORY", "--strct")]
    [InlineData("Did you mean '--device' instead of '--devcie'?", "plan", "INVENTORY", "--devcie", "X")]
    public async Task Mistyped_IsAUsageErrorWithDidYouMean(string expected, params string[] args)
    {
        var result = await CliRun.RunAsync([.. args.Select(a => a == "INVENTORY" ? CliRun.Demo : a)]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("history")]
    [InlineData("lnt")]
    public async Task UnknownCommandWithHelp_SaysItDoesNotExistInsteadOfPrintingTheRootHelp(string command)
    {
        var result = await CliRun.RunAsync(command, "--help");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"'{command}'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommandWithHelp_NearAKnownOne_SuggestsIt()
    {
        var result = await CliRun.RunAsync("lnt", "--help");

        Assert.Contains("Did you mean 'provisioner lint'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("provisioner snmp get --help", "snmp", "get", "-o", "markdown", "127.0.0.1", "1.3.6.1")]
    [InlineData("provisioner mail render --help", "mail", "render", "INVENTORY", "--bogus")]
    [InlineData("provisioner lab status --help", "lab", "status")]
    public async Task ParseError_PointsAtTheHelpOfTheWholeCommandPath(string expected, params string[] args)
    {
        var result = await CliRun.RunAsync([.. args.Select(a => a == "INVENTORY" ? CliRun.Demo : a)]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"Run '{expected}' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("render")]
    [InlineData("plan")]
    [InlineData("mail check")]
    [InlineData("snmp probe")]
    public async Task UnsupportedOutput_IsAUsageErrorNamingTheAcceptedValuesNotACrash(string command)
    {
        string[] args = [.. command.Split(' '), command.StartsWith("snmp", StringComparison.Ordinal) ? "127.0.0.1" : CliRun.Demo, "-o", "yaml"];

        var result = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--output yaml: this command does not print that; use one of table, json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_FollowedByAnUnknownOption_ReportsTheOptionInsteadOfTakingItAsAMap()
    {
        var result = await CliRun.RunAsync("plan", CliRun.Demo, "--lab", "--dry-run");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'--dry-run' is not an option of 'provisioner plan'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no lab address map", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_BeforeTheInventory_SaysToPutTheInventoryFirst()
    {
        var result = await CliRun.RunAsync("plan", "--lab", CliRun.Demo);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Put INVENTORY before --lab", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_WithoutValueBeforeAKnownOption_UsesTheDefaultMap()
    {
        var result = await CliRun.RunAsync("plan", CliRun.Demo, "--lab", "--parallel", "2");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(Path.Combine(".provisioner", "lab.json"), result.Error, StringComparison.Ordinal);
        Assert.Contains("lab up", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnmpHelp_ShortVIsTheSnmpVersionAndVerboseHasOnlyItsLongForm()
    {
        var snmp = await CliRun.RunAsync("snmp", "get", "--help");
        var lint = await CliRun.RunAsync("lint", "--help");

        Assert.Contains("-v, --snmp-version", snmp.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("-v, --verbose", snmp.Output, StringComparison.Ordinal);
        Assert.Contains("--verbose", snmp.Output, StringComparison.Ordinal);
        Assert.Contains("-v, --verbose", lint.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snmp_LongVerbose_LogsDebugWhileShortVIsTheVersion()
    {
        var result = await CliRun.RunAsync("snmp", "probe", "-v", "1", "-c", "public", "-t", "0.2", "-r", "0", "127.0.0.1:9", "--verbose");

        Assert.Contains("[DBG] SNMP probe to", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
    }
}
