using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>The prompt shell against the scripted device CLI behind the real sshd, on a pseudo-terminal.</summary>
public sealed class PromptShellTests(SshdFixture sshd) : IClassFixture<SshdFixture>
{
    // A pseudo-terminal where sshd can give one (root); plain pipes otherwise. NoTerminal_* covers pipes everywhere.
    private PromptOptions Apc => new() { Prompt = new Regex("^apc>$", RegexOptions.None, TimeSpan.FromSeconds(1)), CommandTimeout = TimeSpan.FromSeconds(10), Terminal = sshd.PtyAvailable };

    [Fact]
    public async Task Banner_IsReadUpToTheFirstPrompt_AndKeptOutOfCommandOutput()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc, CancellationToken.None);

        Assert.Contains("Network Management Card AOS", shell.Banner, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", shell.Banner, StringComparison.Ordinal);
        Assert.DoesNotContain("apc>", shell.Banner, StringComparison.Ordinal);
        var about = await shell.SendAsync("about", CancellationToken.None);
        Assert.DoesNotContain("Network Management Card", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_HasNoEchoNoPromptNoAnsiNoCarriageReturns()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc, CancellationToken.None);

        var about = await shell.SendAsync("about", CancellationToken.None);

        Assert.Equal(
            "Hardware Factory\n---------------\nModel:            Smart-UPS 1500\nSerial Number:    ZA1234567890\nFirmware:         v7.1.2",
            about);
    }

    [Fact]
    public async Task NoTerminal_ShellWorksOnPlainPipes_WithTheDevicesOwnEcho()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc with { Terminal = false }, CancellationToken.None);

        Assert.Contains("Network Management Card AOS", shell.Banner, StringComparison.Ordinal);
        Assert.StartsWith("Hardware Factory\n", await shell.SendAsync("about", CancellationToken.None), StringComparison.Ordinal);
        Assert.Equal(45, (await shell.SendAsync("log", CancellationToken.None)).Split('\n').Length);
    }

    [Fact]
    public async Task Pager_IsAnswered_AndLeftOutOfTheOutput()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc, CancellationToken.None);

        var log = (await shell.SendAsync("log", CancellationToken.None)).Split('\n');

        Assert.Equal(45, log.Length);
        Assert.Equal("Event 01: UPS self-test passed", log[0]);
        Assert.Equal("Event 21: UPS self-test passed", log[20]);
        Assert.Equal("Event 45: UPS self-test passed", log[44]);
        Assert.Equal("E101: Command Not Found", await shell.SendAsync("next", CancellationToken.None));
    }

    [Fact]
    public async Task SilentCommand_IsTimeout_NamingTheMaskedCommand_AndTheShellIsThenRefused()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc, CancellationToken.None);
        connection.AddSecret(new Secret("Canary-Shell-Secret"));

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => shell.SendAsync("hang Canary-Shell-Secret", TimeSpan.FromMilliseconds(700), CancellationToken.None));

        Assert.Equal("hang [redacted]", ex.Operation);
        Assert.Contains("`hang [redacted]` got no prompt back", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary-Shell-Secret", ex.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<DeviceProtocolException>(() => shell.SendAsync("about", CancellationToken.None));
        Assert.All(connection.Transcript.Entries, e => Assert.DoesNotContain("Canary-Shell-Secret", e.Command + e.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecretInACommand_IsMaskedInTheTranscript_EvenThoughTheTerminalEchoedIt()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc, CancellationToken.None);
        connection.AddSecret(new Secret("Canary-Smtp-Pass"));

        Assert.Equal("E000: Success", await shell.SendAsync("set -p Canary-Smtp-Pass", CancellationToken.None));

        var entry = Assert.Single(connection.Transcript.Entries);
        Assert.Equal("shell", entry.Channel);
        Assert.Equal("set -p [redacted]", entry.Command);
        Assert.DoesNotContain("Canary-Smtp-Pass", entry.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeviceClosingTheSession_IsUnreachable_NamingTheCommand()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(Apc, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => shell.SendAsync("exit", CancellationToken.None));

        Assert.Equal("exit", ex.Operation);
        Assert.Contains("may or may not have taken effect", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPromptPattern_IsTimeoutWaitingForTheFirstPrompt()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => connection.OpenShellAsync(Apc with { Prompt = new Regex("^msa#$", RegexOptions.None, TimeSpan.FromSeconds(1)), CommandTimeout = TimeSpan.FromMilliseconds(800) }, CancellationToken.None));

        Assert.Contains("showed no prompt", ex.Message, StringComparison.Ordinal);
    }
}
