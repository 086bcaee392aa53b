using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>'provisioner trust' as a user runs it, with the drivers of this build.</summary>
public sealed class TrustCommandTests
{
    [Fact]
    public async Task NoSelectedDeviceSpeaksHttps_IsAUsageError_AndContactsNothing()
    {
        using var inventory = new TrustInventory(https: false);
        File.WriteAllText(inventory.KnownCerts, "# nothing yet\n");

        var result = await CliRun.RunAsync("trust", inventory.Inventory, "--yes");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("none of the 1 selected device(s) is reached over HTTPS", result.Error, StringComparison.Ordinal);
        Assert.Equal("# nothing yet\n", File.ReadAllText(inventory.KnownCerts));
    }

    [Fact]
    public async Task FilterSelectingNothing_IsAUsageError()
    {
        using var inventory = new TrustInventory();

        var result = await CliRun.RunAsync("trust", inventory.Inventory, "--device", "NOPE-*");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    [Fact]
    public async Task Help_ExplainsRecordingAndReplace()
    {
        var result = await CliRun.RunAsync("trust", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("known_certs", result.Output, StringComparison.Ordinal);
        Assert.Contains("--replace", result.Output, StringComparison.Ordinal);
        Assert.Contains("--lab", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_WithAMalformedKnownHostsLine_StopsWithExit3NamingTheLine()
    {
        using var inventory = new TrustInventory(https: false);
        File.WriteAllText(Path.Combine(inventory.Root, "known_hosts"), "127.0.0.1 ssh-ed25519 not-base64!\n");

        var result = await CliRun.RunAsync(new Dictionary<string, string> { ["FABRIKAM_COMMUNITY"] = "c0mmunity-x" }, "plan", inventory.Inventory);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains(Path.Combine(inventory.Root, "known_hosts") + ":1: not a known_hosts key line", result.Error, StringComparison.Ordinal);
        Assert.Contains("no device was contacted", result.Error, StringComparison.Ordinal);
    }
}
