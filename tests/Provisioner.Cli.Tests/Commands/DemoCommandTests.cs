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
        Assert.Contains("2 devices have smtp.port 2525 instead of 25: DCP-DEMO-02, UPS-DEMO-10", result.Output, StringComparison.Ordinal);
        Assert.Contains("Test email from DCP-DEMO-03", result.Output, StringComparison.Ordinal);
        Assert.Contains("7 of 7 present the certificate the lab recorded", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 of 2 present the host key the lab recorded", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"test mail from UPS-DEMO-10\s+│ ok\s+│ manual step: UPS-DEMO-10 cannot be told", result.Output);
        Assert.Matches(@"UPS-DEMO-10\s+demo\s+apc.nmc\s+changed\s+smtp.port", result.Output);
        foreach (var device in new[] { "BMC-DEMO-04", "BMC-DEMO-05", "bmc-demo-06", "PDU-DEMO-07", "SAN-DEMO-08", "SAN-DEMO-09", "NAS-DEMO-11", "SAN-DEMO-12" })
        {
            Assert.Matches($@"test mail from {device}\s+│ ok", result.Output);
        }

        Assert.DoesNotContain("FAILED", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-rw-community", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-http-password", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-ssh-password", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WithoutSshd_SkipsTheSshDeviceInOneLine_AndStillExitsZero()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"provisioner-no-sshd-{Guid.NewGuid():N}");
        var result = await CliRun.RunAsync(new Dictionary<string, string> { ["PROVISIONER_LAB_SSHD"] = missing }, "demo", "--inventory", CliRun.ExampleDemo);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var line = Assert.Single(result.Error.Split('\n'), l => l.Contains("UPS-DEMO-10", StringComparison.Ordinal));
        Assert.Equal($"note: SSH devices skipped: no OpenSSH server at {missing} (install openssh-server): UPS-DEMO-10, SAN-DEMO-12.", line.TrimEnd('\r'));
        Assert.DoesNotContain("UPS-DEMO-10", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SAN-DEMO-12", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 device has smtp.port 2525 instead of 25: DCP-DEMO-02", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", result.Output, StringComparison.Ordinal);
    }
}
