using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>Commands over the exec channel of the real sshd (the device CLI runs the one command).</summary>
public sealed class ExecChannelTests(SshdFixture sshd) : IClassFixture<SshdFixture>
{
    [Fact]
    public async Task Command_ReturnsOutputAndExitStatusZero()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);

        var result = await connection.ExecuteAsync("about", null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Contains("Serial Number:    ZA1234567890", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task FailingCommand_ReturnsItsExitStatusAndStandardError()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);

        var result = await connection.ExecuteAsync("fail", null, CancellationToken.None);

        Assert.Equal(3, result.ExitStatus);
        Assert.Equal("E102: Parameter Error\n", result.Error);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task SeveralCommands_ShareOneConnection()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, (await connection.ExecuteAsync("unknown", null, CancellationToken.None)).ExitStatus);
        }

        Assert.Equal(3, connection.Transcript.Entries.Count);
    }

    [Fact]
    public async Task SlowCommand_IsTimeout_NamingTheCommandWithSecretsMasked()
    {
        var transcript = new List<SshTranscriptEntry>();
        await using var connection = await new SshConnector(new SshConnectorOptions { TranscriptSink = transcript.Add }).ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        connection.AddSecret(new Secret("Canary-Exec-Secret"));

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => connection.ExecuteAsync("hang Canary-Exec-Secret", TimeSpan.FromMilliseconds(500), CancellationToken.None));

        Assert.Equal("hang [redacted]", ex.Operation);
        Assert.Contains("`hang [redacted]`", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary-Exec-Secret", ex.ToString(), StringComparison.Ordinal);
        var entry = Assert.Single(transcript);
        Assert.Equal("hang [redacted]", entry.Command);
        Assert.Equal("timeout", entry.Outcome);
    }

    [Fact]
    public async Task Transcript_MasksSecretsInCommandsAndOutput()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);
        connection.AddSecret(new Secret("Canary-Smtp-Pass"));

        await connection.ExecuteAsync("set -p Canary-Smtp-Pass", null, CancellationToken.None);

        var entry = Assert.Single(connection.Transcript.Entries);
        Assert.Equal("set -p [redacted]", entry.Command);
        Assert.Equal("exit 0", entry.Outcome);
        Assert.DoesNotContain("Canary-Smtp-Pass", entry.ToString(), StringComparison.Ordinal);
    }
}
