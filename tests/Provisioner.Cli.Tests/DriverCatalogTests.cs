using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Client;
using Provisioner.Testing.Fakes;

namespace Provisioner.Cli.Tests;

/// <summary>Every shipped driver has a lab model, and plan runs against it on loopback (identity matches, nothing written).</summary>
public sealed class DriverCatalogTests
{
    [Fact]
    public void Drivers_EveryShippedDriver_HasALabModel()
    {
        var ids = DriverCatalog.Drivers(new SnmpClient()).Select(d => d.Descriptor.Id).ToList();

        Assert.DoesNotContain(ids, id => !LabModelCatalog.Has(id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Plan_EveryDriverAgainstItsLabModel_IdentifiesAndWritesNothing()
    {
        await using var snmp = new SnmpClient();
        var drivers = DriverCatalog.Drivers(snmp);
        var specs = drivers.Select(d => new LabDeviceSpec("lab-" + d.Descriptor.Id, d.Descriptor.Id, "10.6.99.1") { Communities = ["lab-community"] }).ToList();
        await using var lab = await LabHost.StartAsync(specs, new LabHostOptions { AddressRange = 93, PreferredSnmpPort = null }, CancellationToken.None);
        var secrets = new DictionarySecretResolver().Add("env:LAB_COMMUNITY", "lab-community");
        var engine = new DeviceEngine(new Core.DriverCatalog(drivers), secrets, new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(1) }, TimeProvider.System);

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
                    Credentials = new CredentialSet { Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "LAB_COMMUNITY") } },
                    Desired = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = device.Name + "@contoso.com", Recipients = [new Recipient("alerts-lab@contoso.com")] },
                },
                RunMode.Plan,
                CancellationToken.None);

            Assert.True(result.Outcome is DeviceOutcome.WouldChange or DeviceOutcome.NotSupported, $"{device.Name}: {result.Outcome} {string.Join("; ", result.Diagnostics)}");
            Assert.Empty(device.Model.Mib.WriteLog);
        }
    }
}
