using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>Issue 10, "safe by default": what <c>provisioner lint</c> refuses, run as a user runs it.</summary>
public sealed class LintSafeByDefaultTests
{
    [Fact]
    public async Task Lint_ZeroPaddedAddresses_RefusedWithTheDecimalReading()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("zero-padded-address"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("inventory.yaml:7:12: error inventory.invalidValue", result.Output, StringComparison.Ordinal);
        Assert.Contains("'010.020.000.025' has leading zeros", result.Output, StringComparison.Ordinal);
        Assert.Contains("write it as '10.20.0.25'", result.Output, StringComparison.Ordinal);
        Assert.Contains("'10.20.1.012' has leading zeros", result.Output, StringComparison.Ordinal);
        Assert.Contains("'10.020.0.0/16' in site 'main' ranges", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_OneIpv6AddressWrittenTwoWays_IsADuplicate()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("duplicate-ipv6-address"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error inventory.duplicateDeviceAddress", result.Output, StringComparison.Ordinal);
        Assert.Contains("Address '2001:db8::11' is used by 'UPS-01'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_DeviceNamesThatCannotBeASender_RefusedAndNeverEchoedRaw()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("device-name-not-local-part"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("Device name 'UPS 01' cannot be the local part", result.Output, StringComparison.Ordinal);
        Assert.Contains("it holds a space", result.Output, StringComparison.Ordinal);
        Assert.Contains("'\\x1b[31mAPP-01' holds the control", result.Output, StringComparison.Ordinal);
        Assert.Contains("it is 69 characters long", result.Output, StringComparison.Ordinal);
        Assert.Contains("Device name 'UPS-Zürich' cannot be the local part", result.Output, StringComparison.Ordinal);
        Assert.Contains("it holds 'ü'", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PDU 02", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output + result.Error);
    }

    [Fact]
    public async Task Lint_DomainWithTrailingDot_RefusedWithTheFix()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("domain-trailing-dot"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("inventory.yaml:4:11: error inventory.invalidValue", result.Output, StringComparison.Ordinal);
        Assert.Contains("'domain' is 'fabrikam.com.'", result.Output, StringComparison.Ordinal);
        Assert.Contains("Write 'domain: fabrikam.com'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Latin1File_SaysWhichFileAndWhere()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("not-utf8"));

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("inventory.yaml:3:19: error inventory.notUtf8", result.Output, StringComparison.Ordinal);
        Assert.Contains("byte 0xFC here is not valid UTF-8", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', result.Output);
    }

    [Fact]
    public async Task Lint_TrivialCommunities_WarnsNamingTheReferenceNeverTheValue()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV019-trivial-community"), "--strict");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("warning PV019: The SNMP community of credentials 'snmp-main'", result.Output, StringComparison.Ordinal);
        Assert.Contains("community.txt) is a well-known default community", result.Output, StringComparison.Ordinal);
        Assert.Contains("short.txt) is shorter than 8 characters", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("public", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("k9x!q", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_CommunityFromTheEnvironment_CheckedWhenSet()
    {
        var weak = await CliRun.RunAsync(new Dictionary<string, string> { ["FABRIKAM_COMMUNITY"] = "private" }, "lint", CliRun.Minimal, "--strict");
        var strong = await CliRun.RunAsync(new Dictionary<string, string> { ["FABRIKAM_COMMUNITY"] = "v8Qe-31zT-kk0p" }, "lint", CliRun.Minimal, "--strict");

        Assert.Contains("warning PV019", weak.Output, StringComparison.Ordinal);
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

    private sealed class TempDirectory : IDisposable
    {
        public TempDirectory() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lint-" + Guid.NewGuid().ToString("N"));

        public string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
