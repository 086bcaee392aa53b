using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Running;
using Provisioner.Core;

namespace Provisioner.Cli.Tests.Running;

/// <summary>The secret preflight covers an SSH device's private key file and its passphrase, and only for drivers that speak SSH.</summary>
public sealed class SshSecretPreflightTests : IDisposable
{
    private const string Driver = "tripplite.poweralert";
    private readonly string dir = Directory.CreateTempSubdirectory("prov-ssh-preflight-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void MissingKeyFileAndUnsetPassphrase_AreEachAnErrorNamingTheDevice_BeforeAnyContact()
    {
        var key = Path.Combine(dir, "no-such.key");

        var failures = SecretPreflight.Failures([Target("UPS-01", key, "PREFLIGHT_UNSET_PASSPHRASE")], Speaking(DriverTransport.Ssh), new EnvironmentSecretResolver(_ => null));

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, d => d.Summary == $"Secret file:{key} cannot be resolved; 1 device(s) need it: UPS-01");
        Assert.Contains(failures, d => d.Summary == "Secret env:PREFLIGHT_UNSET_PASSPHRASE cannot be resolved; 1 device(s) need it: UPS-01");
    }

    [Fact]
    public void KeyFileThatExists_AndPassphraseThatIsSet_Pass()
    {
        var key = Path.Combine(dir, "ups.key");
        File.WriteAllText(key, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");

        var failures = SecretPreflight.Failures([Target("UPS-01", key, "PREFLIGHT_PASSPHRASE")], Speaking(DriverTransport.Ssh), new EnvironmentSecretResolver(n => n == "PREFLIGHT_PASSPHRASE" ? "secret-words" : null));

        Assert.Empty(failures);
    }

    [Fact]
    public void DriverWithoutSsh_DoesNotNeedTheSshKey()
    {
        var failures = SecretPreflight.Failures([Target("UPS-01", Path.Combine(dir, "no-such.key"), "PREFLIGHT_UNSET_PASSPHRASE")], Speaking(DriverTransport.Https), new EnvironmentSecretResolver(_ => null));

        Assert.Empty(failures);
    }

    private static Dictionary<string, DriverDescriptor> Speaking(DriverTransport transport)
    {
        var descriptors = InventoryPreflight.ById([]).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        descriptors[Driver] = descriptors[Driver] with { Transports = [transport] };
        return descriptors;
    }

    private static DeviceTarget Target(string name, string keyPath, string passphraseVariable) => new()
    {
        Name = name,
        Site = "main",
        DriverId = Driver,
        Address = "127.0.0.1",
        Credentials = new CredentialSet
        {
            Name = "ssh-keys",
            Ssh = new SshCredentials { User = "apc", PrivateKey = new SecretReference(SecretScheme.File, keyPath), PrivateKeyPassphrase = new SecretReference(SecretScheme.Environment, passphraseVariable) },
        },
        Desired = new NotificationSettings { RelayAddress = "127.0.0.25", FromAddress = name + "@contoso.com", Recipients = [new Recipient("alerts@contoso.com")] },
    };
}
