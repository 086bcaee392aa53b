using Provisioner.Cli.Tests.Support;
using Provisioner.Inventory.Rendering;

namespace Provisioner.Cli.Tests.Commands;

public sealed class RenderCommandTests
{
    [Fact]
    public async Task Render_Json_PrintsEveryDeviceWithDesiredStateAndProvenance()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "--output", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var document = DesiredStateDocument.Parse(result.Output);
        Assert.Equal(17, document.Devices.Count);
        var ups = document.Devices.Single(d => d.Name == "UPS-NY-01");
        Assert.Equal(["alerts-newyork-power@contoso.com", "alerts-newyork-critical@contoso.com"], ups.Desired.Recipients);
        Assert.Equal("ups-ny-01@contoso.com", ups.Desired.FromAddress);
        Assert.Equal("10.6.0.25", ups.Desired.RelayAddress);
        Assert.Equal("derived", ups.Provenance["smtp.recipients"].Level);
    }

    [Fact]
    public async Task Render_Table_IsOneRowPerDeviceNamedAsPlanNamesSettings()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var rows = result.Output.Split('\n').Where(l => l.Contains(" detroit ", StringComparison.Ordinal) || l.Contains(" newyork ", StringComparison.Ordinal)).ToList();
        Assert.Equal(17, rows.Count);
        Assert.Contains(rows, r => r.Contains("UPS-NY-01", StringComparison.Ordinal) && r.Contains("10.6.0.25", StringComparison.Ordinal) && r.Contains("ups-ny-01@contoso.com", StringComparison.Ordinal));
        Assert.Contains("smtp.relay", result.Output, StringComparison.Ordinal);
        Assert.Contains("alerts.minimum_severity", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("relay_address", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Explain_ShowsValuesAndWhereTheyCameFrom()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "--device", "ENV-NY-MDF", "--explain");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("env-ny-mdf@contoso.com", result.Output, StringComparison.Ordinal);
        Assert.Contains("major", result.Output, StringComparison.Ordinal);
        Assert.Contains("(device", result.Output, StringComparison.Ordinal);
        Assert.Contains("overrides.minimum_severity)", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 device(s) rendered", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Markdown_NamesEverySettingByItsCatalogueKey()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "--device", "ENV-NY-MDF", "--output", "markdown", "--explain");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var settings = result.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).Select(l => l.Split('|')[1].Trim());
        Assert.Equal(Abstractions.SettingKey.All.Select(k => k.Name), settings);
    }

    [Fact]
    public async Task Render_Filters_SelectBySiteGlobAndKind()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "-o", "json", "--site", "detroit", "--device", "*-DET-*", "--kind", "ups", "--kind", "pdu");

        var names = DesiredStateDocument.Parse(result.Output).Devices.Select(d => d.Name);
        Assert.Equal(["UPS-DET-01", "UPS-DET-02", "PDU-DET-R01"], names);
    }

    [Fact]
    public async Task Render_UnknownSite_IsAUsageErrorNamingTheSites()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "--site", "paris");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Sites: detroit, newyork", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Render_UnknownKind_IsAUsageError()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "--kind", "toaster");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    [Fact]
    public async Task Render_BrokenInventory_ExitsThreeAndPrintsErrorsToStandardError()
    {
        var result = await CliRun.RunAsync("render", CliRun.Bad("duplicate-device-name"), "-o", "json");

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("inventory.duplicateDeviceName", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MarkdownExplain_PrintsASectionPerDevice()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "-o", "markdown", "--kind", "pdu", "--explain");

        Assert.Contains("## PDU-NY-R01", result.Output, StringComparison.Ordinal);
        Assert.Contains("## PDU-DET-R01", result.Output, StringComparison.Ordinal);
        Assert.Contains("| smtp.recipients | alerts-power@contoso.com, alerts-critical@contoso.com |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Markdown_IsOneTableRowPerDevice()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "-o", "markdown", "--kind", "pdu");

        Assert.Contains("| Device | Site | Driver | smtp.relay | smtp.from | smtp.recipients | alerts.minimum_severity |", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, result.Output.Split('\n').Count(l => l.StartsWith("| PDU-", StringComparison.Ordinal)));
        Assert.DoesNotContain("## PDU-NY-R01", result.Output, StringComparison.Ordinal);
    }
}
