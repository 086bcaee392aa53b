using Provisioner.Cli.Tests.Support;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Commands;

public sealed class ApplyCommandTests
{
    [Fact]
    public async Task Apply_WithoutYesAndNoTerminal_RefusesAndWritesNothing()
    {
        await using var lab = await DemoLab.StartAsync(103);

        var result = await CliRun.RunAsync(DemoLab.Environment, "apply", CliRun.Demo, "--lab", lab.MapPath);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("--yes", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, lab.Writes);
    }

    [Fact]
    public async Task Apply_Yes_ChangesThenPlanIsCleanThenDiffFindsDrift()
    {
        await using var lab = await DemoLab.StartAsync(104);

        var apply = await CliRun.RunAsync(DemoLab.Environment, "apply", CliRun.Demo, "--lab", lab.MapPath, "--yes");
        var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Demo, "--lab", lab.MapPath);
        lab.Host["DCP-DEMO-01"].Mib.Poke("email-Return-Address.0", OctetString.FromString("someone@contoso.com"));
        var diff = await CliRun.RunAsync(DemoLab.Environment, "diff", CliRun.Demo, "--lab", lab.MapPath, "--output", "markdown");

        Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
        Assert.Equal(0, plan.ExitCode);
        Assert.Equal(2, diff.ExitCode);
        Assert.Contains("smtp.from", diff.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_SiteFilterMatchesNothing_ExitsWithTheSiteNamed()
    {
        var result = await CliRun.RunAsync(DemoLab.Environment, "apply", CliRun.Demo, "--site", "atlantis", "--yes");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("atlantis", result.Error, StringComparison.Ordinal);
    }
}
