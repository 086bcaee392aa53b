using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>What plan and apply say about the demo fleet, read as a user reads it.</summary>
public sealed class ReportFindingsTests
{
    [Fact]
    public async Task Apply_SaysWhatItFixedInsteadOfRepeatingTheDrift()
    {
        await using var lab = await DemoLab.StartAsync(141);

        var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Demo, "--lab", lab.MapPath);
        var apply = await CliRun.RunAsync(DemoLab.Environment, "apply", CliRun.Demo, "--lab", lab.MapPath, "--yes");

        Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
        Assert.Contains("- 3 devices point at relay 1.1.1.1 instead of 10.6.0.25: DCP-DEMO-01, DCP-DEMO-02, DCP-DEMO-03\n", plan.Output, StringComparison.Ordinal);
        Assert.Contains("- 3 devices send from (empty) instead of their own <name>@contoso.com sender: DCP-DEMO-01, DCP-DEMO-02, DCP-DEMO-03\n", plan.Output, StringComparison.Ordinal);
        Assert.Contains("- relay 1.1.1.1 → 10.6.0.25 fixed on 3 devices: DCP-DEMO-01, DCP-DEMO-02, DCP-DEMO-03\n", apply.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("point at relay", apply.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("instead of", apply.Output, StringComparison.Ordinal);
    }
}
