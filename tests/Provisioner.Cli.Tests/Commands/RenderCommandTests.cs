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
        Assert.Equal(12, document.Devices.Count);
        var ups = document.Devices.Single(d => d.Name == "UPS-NY-01");
        Assert.Equal(["alerts-newyork-power@contoso.com", "alerts-newyork-critical@contoso.com"], ups.Desired.Recipients);
        Assert.Equal("ups-ny-01@contoso.com", ups.Desired.FromAddress);
        Assert.Equal("10.6.0.25", ups.Desired.RelayAddress);
        Assert.Equal("derived", ups.Provenance["recipients"].Level);
    }

    [Fact]
    public async Task Render_Table_ShowsValuesAndWhereTheyCameFrom()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "--device", "ENV-NY-MDF");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("env-ny-mdf@contoso.com", result.Output, StringComparison.Ordinal);
        Assert.Contains("major", result.Output, StringComparison.Ordinal);
        Assert.Contains("(device", result.Output, StringComparison.Ordinal);
        Assert.Contains("overrides.minimum_severity)", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 device(s) rendered", result.Output, StringComparison.Ordinal);
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
    public async Task Render_Markdown_PrintsASectionPerDevice()
    {
        var result = await CliRun.RunAsync("render", CliRun.Contoso, "-o", "markdown", "--kind", "pdu");

        Assert.Contains("## PDU-NY-R01", result.Output, StringComparison.Ordinal);
        Assert.Contains("## PDU-DET-R01", result.Output, StringComparison.Ordinal);
        Assert.Contains("| recipients | alerts-power@contoso.com, alerts-critical@contoso.com |", result.Output, StringComparison.Ordinal);
    }
}
