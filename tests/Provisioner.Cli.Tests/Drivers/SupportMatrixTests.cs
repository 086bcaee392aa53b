using System.Text.Json;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Tests.Snmp;
using Provisioner.Testing.Golden;

namespace Provisioner.Cli.Tests.Drivers;

public sealed class SupportMatrixTests
{
    private static string Examples => Path.Combine(AppContext.BaseDirectory, "mapping-examples");

    [Fact]
    public void ToMarkdown_BuiltInDrivers_MatchesCommittedSupportMatrix()
    {
        var markdown = SupportMatrixWriter.ToMarkdown(SupportMatrix.Build(BuiltInDrivers.Descriptors));

        Golden.AssertMatches(markdown, "../../../docs/support-matrix.md");
    }

    [Fact]
    public async Task Drivers_Markdown_PrintsTheSameDocument()
    {
        var (exit, output, _) = await CliRun.RunAsync("drivers", "--output", "markdown");

        Assert.Equal(0, exit);
        Assert.Equal(SupportMatrixWriter.ToMarkdown(SupportMatrix.Build(BuiltInDrivers.Descriptors)), output);
    }

    [Fact]
    public async Task Drivers_JsonWithMapping_ListsBuiltInMappedAndTheMappingsDevice()
    {
        var (exit, output, _) = await CliRun.RunAsync("drivers", "--output", "json", "--mapping", Path.Combine(Examples, "acme-pdu-slots.yaml"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var drivers = json.RootElement.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Contains(drivers, d => d.GetProperty("driver").GetString() == "eaton.sc200" && d.GetProperty("settings").GetProperty("smtp.recipients").GetString() == "yes");
        var acme = Assert.Single(drivers, d => d.GetProperty("driver").GetString() == "mapped.acme-pdu");
        Assert.Equal("write-only", acme.GetProperty("settings").GetProperty("smtp.auth.password").GetString());
        Assert.Equal("2 fixed slots", acme.GetProperty("recipients").GetString());
        Assert.Equal("snmp-mapped", drivers[^1].GetProperty("driver").GetString());
    }

    [Fact]
    public async Task Drivers_BadMappingFile_ReportsFileLineColumnAndExits3()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-mapping-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "id: x\nvendorr: Acme\n");
        try
        {
            var (exit, output, error) = await CliRun.RunAsync("drivers", "--mapping", file);

            Assert.Equal(3, exit);
            Assert.Contains($"{file}:2:1", output + error, StringComparison.Ordinal);
            Assert.Contains("Did you mean 'vendor'?", output + error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Row_Sc200_ShowsRecipientModelAndTestMail()
    {
        var row = Assert.Single(SupportMatrix.Build(BuiltInDrivers.Descriptors, includeMappedDriver: false), r => r.Driver == "eaton.sc200");

        Assert.Equal("5 fixed slots, per-recipient severity", row.Recipients);
        Assert.True(row.TestMail);
        Assert.Equal("no", row.Settings["smtp.auth.password"]);
        Assert.StartsWith("snmp.sysObjectID under 1.3.6.1.4.1.1918.2.13", row.Identity, StringComparison.Ordinal);
    }
}
