using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>Issue 10, "safe by default": what <c>provisioner lint</c> refuses, run as a user runs it.</summary>
public sealed class LintSafeByDefaultTests
{
    [Fact]
    public async Task Lint_ZeroPaddedAddresses_RefusedWithTheDecimalReading()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("zero-padded-address"), "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        var findings = Findings(result);
        Assert.Contains(findings, f => f.Source.EndsWith("inventory.yaml:7:12", StringComparison.Ordinal)
            && f.Summary == "relay.address is not a valid IP address: '010.020.000.025' has leading zeros, which many systems read as octal (010 is 8); write it as '10.20.0.25' if that is what you mean");
        Assert.Contains(findings, f => f.Summary.Contains("'10.20.1.012' has leading zeros", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Summary.StartsWith("'10.020.0.0/16' in site 'main' ranges is not a CIDR range", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_OneIpv6AddressWrittenTwoWays_IsADuplicate()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("duplicate-ipv6-address"), "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        var finding = Assert.Single(Findings(result));
        Assert.Equal("inventory.duplicateDeviceAddress", finding.Code);
        Assert.StartsWith("Address '2001:db8::11' is used by 'UPS-01'", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_DeviceNamesThatCannotBeASender_RefusedAndNeverEchoedRaw()
    {
        var table = await CliRun.RunAsync("lint", CliRun.Bad("device-name-not-local-part"));
        var json = await CliRun.RunAsync("lint", CliRun.Bad("device-name-not-local-part"), "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, table.ExitCode);
        Assert.DoesNotContain('\u001b', table.Output + table.Error);
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        var summaries = document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("summary").GetString()!).ToList();
        Assert.Equal(4, summaries.Count);
        Assert.Contains("Device name 'UPS 01' cannot be the local part of its sender address: it holds a space, which a mail address does not allow unquoted", summaries);
        Assert.Contains("'\\x1b[31mAPP-01' holds the control or formatting character(s) \\x1b", summaries);
        Assert.Contains(summaries, s => s.EndsWith("cannot be the local part of its sender address: it is 69 characters long; a local part holds at most 64", StringComparison.Ordinal));
        Assert.Contains("Device name 'UPS-Zürich' cannot be the local part of its sender address: it holds 'ü', which a mail address does not allow unquoted", summaries);
        Assert.DoesNotContain(summaries, s => s.Contains("PDU 02", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_DomainWithTrailingDot_RefusedWithTheFix()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("domain-trailing-dot"), "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        var finding = Assert.Single(Findings(result));
        Assert.EndsWith("inventory.yaml:4:11", finding.Source, StringComparison.Ordinal);
        Assert.StartsWith("'domain' is 'fabrikam.com.', which is not a mail domain", finding.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Write 'domain: fabrikam.com'", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Latin1File_SaysWhichFileAndWhere()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("not-utf8"), "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        var finding = Assert.Single(Findings(result));
        Assert.Equal("inventory.notUtf8", finding.Code);
        Assert.EndsWith("not-utf8/inventory.yaml:3:19", finding.Source.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal("The file is not UTF-8: byte 0xFC here is not valid UTF-8", finding.Summary);
    }

    [Fact]
    public async Task Lint_TrivialCommunities_WarnsNamingTheReferenceNeverTheValue()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV019-trivial-community"), "--strict", "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        var findings = Findings(result);
        Assert.Equal(["PV019", "PV019"], findings.Select(f => f.Code));
        Assert.Contains(findings, f => f.Summary.StartsWith("The SNMP community of credentials 'snmp-main' (file:", StringComparison.Ordinal) && f.Summary.EndsWith("community.txt) is a well-known default community", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Summary.EndsWith("short.txt) is shorter than 8 characters", StringComparison.Ordinal));
        Assert.DoesNotContain("public", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("k9x!q", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_CommunityFromTheEnvironment_CheckedWhenSet()
    {
        var weak = await CliRun.RunAsync(new Dictionary<string, string> { ["FABRIKAM_COMMUNITY"] = "private" }, "lint", CliRun.Minimal, "--strict", "--output", "json");
        var strong = await CliRun.RunAsync(new Dictionary<string, string> { ["FABRIKAM_COMMUNITY"] = "v8Qe-31zT-kk0p" }, "lint", CliRun.Minimal, "--strict");

        Assert.Equal(ExitCodes.InventoryErrors, weak.ExitCode);
        Assert.Equal("The SNMP community of credentials 'snmp-main' (env:FABRIKAM_COMMUNITY) is a well-known default community", Assert.Single(Findings(weak)).Summary);
        Assert.Equal(ExitCodes.Ok, strong.ExitCode);
    }

    [Theory]
    [InlineData("critical: [alerts, alerts-critical]")]
    [InlineData("critical: [alerts-critical]")]
    public async Task LintStrict_AlertsGroupUsedOrNot_BothClean(string criticalRoute)
    {
        using var directory = new TempDirectory();
        var text = (await File.ReadAllTextAsync(Path.Combine(CliRun.Minimal, "inventory.yaml"))).Replace("critical: [alerts, alerts-critical]", criticalRoute, StringComparison.Ordinal);
        await File.WriteAllTextAsync(directory.PathOf("inventory.yaml"), text);

        var result = await CliRun.RunAsync("lint", directory.Path, "--strict");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("0 error(s), 0 warning(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LintVerbose_ListsTheFilesRead_SkipsHiddenDirectories()
    {
        using var directory = new TempDirectory();
        File.Copy(Path.Combine(CliRun.Minimal, "inventory.yaml"), directory.PathOf("inventory.yaml"));
        Directory.CreateDirectory(directory.PathOf(".github/workflows"));
        await File.WriteAllTextAsync(directory.PathOf(".github/workflows/ci.yaml"), "on: push\njobs: { build: { runs-on: ubuntu-latest } }\n");

        var result = await CliRun.RunAsync("lint", directory.Path, "-v");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("inventory.yaml", result.Error, StringComparison.Ordinal);
        Assert.Contains("Inventory files read", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ci.yaml", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_FifoAndLinkLoopInTheInventory_EndsWithErrors()
    {
        using var directory = new TempDirectory();
        File.Copy(Path.Combine(CliRun.Minimal, "inventory.yaml"), directory.PathOf("inventory.yaml"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [directory.PathOf("pipe.yaml")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        File.CreateSymbolicLink(directory.PathOf("loop.yaml"), "loop.yaml");
        Directory.CreateSymbolicLink(directory.PathOf("again"), directory.Path);

        var result = await CliRun.RunAsync("lint", directory.Path, "--output", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var summaries = document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("summary").GetString()).ToList();
        Assert.Equal(2, summaries.Count);
        Assert.Contains(summaries, s => s!.EndsWith("pipe.yaml': it is not a regular file (a FIFO, socket or device); only regular files are read", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s!.EndsWith("loop.yaml': it is a symbolic link that loops or cannot be followed", StringComparison.Ordinal));
    }

    private static List<Finding> Findings(CliRun.Result result)
    {
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        // Info entries (settings a person sets by hand, PV024) are not findings to act on; these tests are about errors and warnings.
        return [.. document.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() != "info").Select(d => new Finding(
            d.GetProperty("code").GetString()!, d.GetProperty("summary").GetString()!, d.GetProperty("detail").GetString()!, d.GetProperty("source").GetString() ?? string.Empty))];
    }

    private sealed record Finding(string Code, string Summary, string Detail, string Source);

    private sealed class TempDirectory : IDisposable
    {
        public TempDirectory() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lint-" + Guid.NewGuid().ToString("N"));

        public string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
