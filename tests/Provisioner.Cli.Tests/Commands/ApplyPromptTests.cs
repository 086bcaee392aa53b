using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>apply without --yes at a terminal: shows the plan, asks, and a "no" is its own exit code, never success.</summary>
public sealed class ApplyPromptTests
{
    [Theory]
    [InlineData("n\n")]
    [InlineData("\n")]
    [InlineData("")]
    public async Task Apply_AnswerIsNotYes_ExitsDeclinedAndWritesNothing(string answer)
    {
        await using var lab = await DemoLab.StartAsync(115);

        var result = await new CliInvocation { Environment = DemoLab.Environment, Terminal = true, Input = answer }.RunAsync("apply", CliRun.Demo, "--lab", lab.MapPath);

        Assert.True(result.ExitCode == ExitCodes.Declined, result.Output + result.Error);
        Assert.Contains("Apply these changes? [y/N]", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was applied", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, lab.Writes);
    }

    [Fact]
    public async Task Apply_AnswerYes_Applies()
    {
        await using var lab = await DemoLab.StartAsync(116);

        var result = await new CliInvocation { Environment = DemoLab.Environment, Terminal = true, Input = "yes\n" }.RunAsync("apply", CliRun.Demo, "--lab", lab.MapPath);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Output + result.Error);
        Assert.NotEqual(0, lab.Writes);
    }
}
