using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Running;

/// <summary>Lint and the run's preflight check every device against its driver's descriptor and its mapping file, through the CLI as a user runs it.</summary>
public sealed class InventoryPreflightTests
{
    [Fact]
    public async Task Lint_DriverTypo_IsAnErrorWithDidYouMeanAtFileLineColumn()
    {
        using var copy = InventoryCopy.OfDemo().EditSite("driver: eaton.sc200", "driver: eaton.sc20");

        var result = await CliRun.RunAsync("lint", copy.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("demo.yaml:12:17: error PV020: [DCP-DEMO-01] Unknown driver 'eaton.sc20'", result.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'eaton.sc200'?", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("diff")]
    [InlineData("apply")]
    public async Task Run_UnknownDriver_ExitsThreeAndContactsNoDevice(string command)
    {
        using var copy = InventoryCopy.OfDemo().EditSite("driver: eaton.sc200", "driver: eaton.sc20");
        await using var recorder = await ContactRecorder.StartAsync("DCP-DEMO-01", "DCP-DEMO-02", "DCP-DEMO-03");

        var result = await CliRun.RunAsync(DemoLab.Environment, [command, copy.Inventory, "--lab", recorder.MapPath, .. command == "apply" ? ["--yes"] : Array.Empty<string>()]);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error PV020", result.Error, StringComparison.Ordinal);
        Assert.Contains("no device was contacted", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, recorder.Datagrams);
    }

    [Fact]
    public async Task Lint_SnmpDriverWithHttpOnlyCredentials_IsAnError()
    {
        using var copy = InventoryCopy.OfDemo()
            .EditOrg("credentials:\n", "credentials:\n  api-only:\n    http: { user: admin, password: env:API_PW }\n")
            .EditSite("credentials: snmp-demo-v3", "credentials: api-only");

        var result = await CliRun.RunAsync("lint", copy.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error PV021: [DCP-DEMO-03] Credential set 'api-only' has an http section; driver 'eaton.sc200' speaks SNMPv2c, SNMPv3", result.Output, StringComparison.Ordinal);
        Assert.Contains("with an 'snmp' section of version 2c or \"3\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_OneSlotPduSendingToTwoGroups_AdvisesSplittingTheCategoryNeverSingleAddresses()
    {
        using var copy = InventoryCopy.OfDemo().EditSite("kind: dc-power\n        category: power\n        driver: eaton.sc200", "kind: pdu\n        category: power\n        driver: eaton.pulizzi-monitored");

        var result = await CliRun.RunAsync("lint", copy.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error PV022: [DCP-DEMO-01] The device holds 1 recipient(s); it is to send to 2: alerts-power@contoso.com, alerts-critical@contoso.com", result.Output, StringComparison.Ordinal);
        Assert.Contains("Split the category", result.Output, StringComparison.Ordinal);
        Assert.Contains("one group whose members include the members of the others", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("single addresses", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_SettingsTheDeviceCannotTake_AreListedAsManualStepsNotErrors()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Contoso, "--strict");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("info PV024: [PDU-NY-R02] 4 setting(s) must be set by hand: smtp.relay, smtp.from, smtp.recipients, alerts.minimum_severity", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s)", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.yaml")]
    [InlineData("..")]
    public async Task Lint_MappingFileMissingOrADirectory_IsAnErrorAtTheMappingKey(string mapping)
    {
        using var copy = InventoryCopy.OfDemo().EditSite("driver: eaton.sc200\n", $"driver: snmp-mapped\n        mapping: {mapping}\n");

        var result = await CliRun.RunAsync("lint", copy.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("demo.yaml:13:18: error mapping.io: [DCP-DEMO-01] Cannot read mapping file", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PV020", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MappingFileIsAFifo_IsAnErrorAndNeverOpened()
    {
        var fifo = Path.Combine(Directory.CreateTempSubdirectory("prov-fifo-").FullName, "mapping.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var copy = InventoryCopy.OfDemo().EditSite("driver: eaton.sc200\n", $"driver: snmp-mapped\n        mapping: {fifo}\n");

        var result = await CliRun.RunAsync("lint", copy.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error mapping.io: [DCP-DEMO-01] Cannot read mapping file", result.Output, StringComparison.Ordinal);
        Assert.Contains("not a regular file", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MappedDevice_IsCheckedAgainstItsMappingFile()
    {
        using var copy = InventoryCopy.OfDemo().EditSite("driver: eaton.sc200\n", "driver: snmp-mapped\n        mapping: ../../mapping.yaml\n");
        var mapping = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mapping-examples", "eaton-sc200.yaml")).Replace("rows: [1, 2, 3, 4, 5]", "rows: [1]", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(copy.Root, "mapping.yaml"), mapping);

        var result = await CliRun.RunAsync("lint", copy.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error PV022: [DCP-DEMO-01] The device holds 1 recipient(s); it is to send to 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAndLint_SeveralMistakesAtOnce_ReportsEveryOneInOneRunAndContactsNoDevice()
    {
        using var copy = InventoryCopy.OfDemo()
            .EditOrg("credentials:\n", "credentials:\n  api-only:\n    http: { user: admin, password: env:API_PW }\n")
            .EditSite("kind: dc-power\n        category: power\n        driver: eaton.sc200", "kind: pdu\n        category: power\n        driver: eaton.pulizzi-monitored\n        credentials: api-only")
            .EditSite("driver: eaton.sc200\n", "driver: eaton.sc20\n")
            .EditSite("driver: eaton.sc200\n", "driver: snmp-mapped\n        mapping: missing.yaml\n");
        await using var recorder = await ContactRecorder.StartAsync("DCP-DEMO-01", "DCP-DEMO-02", "DCP-DEMO-03");

        var lint = await CliRun.RunAsync("lint", copy.Inventory);
        var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", copy.Inventory, "--lab", recorder.MapPath);

        foreach (var expected in new[] { "error PV021: [DCP-DEMO-01] Credential set 'api-only'", "error PV022: [DCP-DEMO-01]", "error PV020: [DCP-DEMO-02] Unknown driver 'eaton.sc20'", "error mapping.io: [DCP-DEMO-03]" })
        {
            Assert.Contains(expected, lint.Output, StringComparison.Ordinal);
            Assert.Contains(expected, plan.Error, StringComparison.Ordinal);
        }

        Assert.Equal(ExitCodes.InventoryErrors, lint.ExitCode);
        Assert.Equal(ExitCodes.InventoryErrors, plan.ExitCode);
        Assert.Equal(0, recorder.Datagrams);
    }
}
