using System.Text.Json;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public async Task Lint_Contoso_ExitsZeroAndSaysClean()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Contoso);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("17 device(s) in 2 site(s); 0 error(s), 0 warning(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_InventoryError_ExitsThreeWithLocation()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("unknown-key"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("inventory.yaml:6:1: error inventory.unknownKey: Unknown key 'relya' in the top level", result.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'relay'?", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_RuleError_ExitsThree()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV001-relay-dns-name"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error PV001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_WarningsOnly_ExitsZero()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV015-unused-group"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("warning PV015", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_WarningsOnlyStrict_ExitsThree()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV015-unused-group"), "--strict");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
    }

    [Fact]
    public async Task Lint_Json_PrintsVersionedDocument()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV011-auth-without-tls"), "--output", "json");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        // The example's devices also get PV024 information (settings their drivers take only by hand); errors and warnings are exactly these.
        Assert.Equal(["PV011", "PV012"], root.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() != "info").Select(d => d.GetProperty("code").GetString()));
        Assert.EndsWith("inventory.yaml:11:9", root.GetProperty("diagnostics")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Markdown_PrintsATable()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV003-group-without-shared-mailbox"), "-o", "markdown");

        Assert.Contains("| Severity | Code | Location | Device | Finding | What to do |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| error | PV003 |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_InlineSecret_NeverPrintsTheSecret()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("inline-secret"), "-o", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.DoesNotContain("s3cr3t-community", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MissingArgument_IsAUsageError()
    {
        var result = await CliRun.RunAsync("lint");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("provisioner lint --help", result.Error, StringComparison.Ordinal);
    }
}
