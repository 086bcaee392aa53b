using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.Devices;

namespace Provisioner.Cli.Tests.Commands;

public sealed class MalformedAnswerTests
{
    [Fact]
    public async Task Plan_DeviceAnswersAGetWithFewerBindings_IsADeviceProtocolErrorNotABug()
    {
        await using var lab = await DemoLab.StartAsync(113);
        lab.Host["DCP-DEMO-02"].Faults.RewriteAnswers = DeviceFaults.AnswerShort;

        var result = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Demo, "--lab", lab.MapPath, "--output", "json");

        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Output);
        var device = report.RootElement.GetProperty("devices").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "DCP-DEMO-02");
        var diagnostics = device.GetProperty("diagnostics").ToString();
        Assert.Equal("error", device.GetProperty("outcome").GetString());
        Assert.Contains("device.protocol", diagnostics, StringComparison.Ordinal);
        Assert.Contains("malformed SNMP answer", diagnostics, StringComparison.Ordinal);
        Assert.DoesNotContain("engine.unexpected", diagnostics, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", diagnostics, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, report.RootElement.GetProperty("devices").EnumerateArray().Count(d => d.GetProperty("outcome").GetString() == "would-change"));
    }
}
