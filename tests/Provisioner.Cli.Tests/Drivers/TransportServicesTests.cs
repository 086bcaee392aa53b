using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Tests.Trust;
using Serilog;
using Serilog.Formatting.Display;

namespace Provisioner.Cli.Tests.Drivers;

/// <summary>The composition root's transports: the SSH connector reaches a real sshd and writes its transcript to the command's debug log.</summary>
public sealed class TransportServicesTests(TrustSshServer server) : IClassFixture<TrustSshServer>
{
    [Fact]
    public async Task SshConnector_TranscriptGoesToTheDebugLog_WithoutTheOutput()
    {
        using var log = new StringWriter();
        await using var logger = new LoggerConfiguration().MinimumLevel.Debug()
            .WriteTo.Sink(new TextWriterSink(log, new MessageTemplateTextFormatter("[{Level:u3}] {Message:lj}{NewLine}", CultureInfo.InvariantCulture)))
            .CreateLogger();
        await using var transports = TransportServices.Create(logger);
        var request = new OpenRequest
        {
            DeviceName = "UPS-01",
            Address = "127.0.0.1",
            Port = server.Port,
            Credentials = new CredentialSet { Name = "ssh-keys", Ssh = new SshCredentials { User = server.User, PrivateKey = new SecretReference(SecretScheme.File, server.ClientKeyPath) } },
            Secrets = new EnvironmentSecretResolver(_ => null),
            Trust = new PeerTrust { HostKeyFingerprints = [server.Fingerprint] },
            Timeout = TimeSpan.FromSeconds(10),
        };

        await using (var connection = await transports.Ssh.ConnectAsync(request, CancellationToken.None))
        {
            var result = await connection.ExecuteAsync("show email-parameters", null, CancellationToken.None);
            Assert.Equal(TrustSshServer.Greeting + "\n", result.Output);
        }

        var text = log.ToString();
        Assert.Contains($"[DBG] SSH 127.0.0.1:{server.Port} exec: show email-parameters → exit 0 (", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TrustSshServer.Greeting, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SshConnector_RefusesAnUnknownHostKey_BeforeAnyLogin()
    {
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);
        var request = new OpenRequest
        {
            DeviceName = "UPS-01",
            Address = "127.0.0.1",
            Port = server.Port,
            Credentials = new CredentialSet { Name = "ssh-keys", Ssh = new SshCredentials { User = server.User, PrivateKey = new SecretReference(SecretScheme.File, server.ClientKeyPath) } },
            Secrets = new EnvironmentSecretResolver(_ => null),
            Trust = new PeerTrust { HostKeyFingerprints = [server.OtherFingerprint] },
            Timeout = TimeSpan.FromSeconds(10),
        };

        var refused = await Assert.ThrowsAsync<DeviceUntrustedException>(() => transports.Ssh.ConnectAsync(request, CancellationToken.None));

        Assert.Contains(server.Fingerprint, refused.Message, StringComparison.Ordinal);
        Assert.Contains(server.OtherFingerprint, refused.Message, StringComparison.Ordinal);
    }
}
