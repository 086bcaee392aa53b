using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_FreshMachine_ExitsZeroAndFindsExactlyTheStagedDrift()
    {
        var result = await CliRun.RunAsync("demo", "--inventory", CliRun.ExampleDemo);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("DCP-DEMO-02 smtp.port", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 device has smtp.port 2525 instead of 25: DCP-DEMO-02", result.Output, StringComparison.Ordinal);
        Assert.Contains("Test email from DCP-DEMO-03", result.Output, StringComparison.Ordinal);
        Assert.Contains("5 of 5 present the certificate the lab recorded", result.Output, StringComparison.Ordinal);
        foreach (var device in new[] { "BMC-DEMO-04", "BMC-DEMO-05", "bmc-demo-06", "PDU-DEMO-07", "NAS-DEMO-08" })
        {
            Assert.Matches($@"test mail from {device}\s+│ ok", result.Output);
        }

        Assert.DoesNotContain("FAILED", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-rw-community", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-http-password", result.Output + result.Error, StringComparison.Ordinal);
    }
}
