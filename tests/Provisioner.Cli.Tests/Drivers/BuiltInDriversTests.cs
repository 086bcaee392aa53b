using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Core;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Fakes;

namespace Provisioner.Cli.Tests.Drivers;

/// <summary>Every shipped driver is registered once, describes itself as it runs, has a lab model, and plan runs against it on loopback (identity matches, nothing written).</summary>
public sealed class BuiltInDriversTests
{
    [Fact]
    public void Registrations_EveryShippedDriver_HasALabModel()
    {
        var ids = BuiltInDrivers.Descriptors.Select(d => d.Id).ToList();

        Assert.DoesNotContain(ids, id => !LabModelCatalog.Has(id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Registrations_CreatedDriver_HasTheRegisteredDescriptor()
    {
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);

        foreach (var registration in BuiltInDrivers.Registrations)
        {
            var driver = registration.Create(transports);
            Assert.Equal(registration.Descriptor.Id, driver.Descriptor.Id);
            Assert.Equal(registration.Descriptor.Settings.Select(s => s.Key), driver.Descriptor.Settings.Select(s => s.Key));
            Assert.Equal(registration.Descriptor.Hints, driver.Descriptor.Hints);
            Assert.Equal(registration.Descriptor.MaxParallelSessions, driver.Descriptor.MaxParallelSessions);
        }
    }

    [Fact]
    public void Descriptors_EveryShippedDriver_HintsItsInventoryKindAndCategory()
    {
        Assert.All(BuiltInDrivers.Descriptors, d => Assert.True(d.Hints is not null, $"{d.Id} has no Hints, so discovery cannot fill in kind and category"));
    }

    [Fact]
    public async Task Plan_EveryDriverAgainstItsLabModel_IdentifiesAndWritesNothing()
    {
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);
        var drivers = BuiltInDrivers.Create(transports);
        var specs = drivers.Select(d => new LabDeviceSpec("lab-" + d.Descriptor.Id, d.Descriptor.Id, "10.6.99.1") { Communities = ["lab-community"], HttpAccounts = [new LabHttpAccount("lab-user", "lab-http-password")] }).ToList();
        await using var lab = await LabHost.StartAsync(specs, new LabHostOptions { AddressRange = 93, PreferredSnmpPort = null, PreferredHttpsPort = null, PreferredSshPort = null }, CancellationToken.None);
        var secrets = new DictionarySecretResolver().Add("env:LAB_COMMUNITY", "lab-community").Add("env:LAB_HTTP_PW", "lab-http-password");
        var engine = new DeviceEngine(new DriverCatalog(drivers), secrets, new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(10) }, TimeProvider.System);

        foreach (var device in lab.Devices)
        {
            var result = await engine.RunAsync(
                new DeviceTarget
                {
                    Name = device.Name,
                    Site = "lab",
                    DriverId = device.Spec.Driver,
                    Address = device.Endpoint.Address.ToString(),
                    Port = device.Endpoint.Port,
                    Credentials = new CredentialSet
                    {
                        Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "LAB_COMMUNITY") },
                        Http = new HttpCredentials { User = "lab-user", Password = new SecretReference(SecretScheme.Environment, "LAB_HTTP_PW") },
                        Ssh = lab.SshClientKeyPath is { } key ? new SshCredentials { User = LabHost.SshUser, PrivateKey = new SecretReference(SecretScheme.File, key) } : null,
                    },
                    Trust = device.CertificateSha256 is { } pin ? new PeerTrust { CertificateFingerprints = [pin] }
                        : device.HostKeySha256 is { } hostKey ? new PeerTrust { HostKeyFingerprints = [hostKey] } : PeerTrust.None,
                    Desired = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = device.Name + "@contoso.com", Recipients = [new Recipient("alerts-lab@contoso.com")] },
                },
                RunMode.Plan,
                CancellationToken.None);

            Assert.True(result.Outcome is DeviceOutcome.WouldChange or DeviceOutcome.NotSupported, $"{device.Name}: {result.Outcome} {string.Join("; ", result.Diagnostics)}");
            if (device.Model is IHttpSimulatedDevice http)
            {
                Assert.Empty(http.WriteLog.Entries);
            }
            else if (device.Model is EmulatedSshDevice ssh)
            {
                Assert.Equal(0, ssh.WritesLogged);
            }
            else
            {
                Assert.Empty(device.Mib.WriteLog);
            }
        }
    }
}
