using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Tests.Lab;
using Provisioner.Testing.Fakes;

namespace Provisioner.Drivers.SnmpMapped.Tests;

public sealed class ManualStepRunTests
{
    [Fact]
    public async Task Plan_SpPlusMapping_ListsTheRecipientsManualStepAndWritesNothing()
    {
        var mapping = (await MappingLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "examples", "akcp-spplus.yaml"), CancellationToken.None)).Definition!;
        var driver = new MappedSnmpDriver(mapping);
        await using var agent = AcmeAgent.Start(mapping, "1.3.6.1.4.1.3854", "SPX+ 1.0.4034 Dec 19 2017 15:17:28");
        var secrets = new DictionarySecretResolver().Add("env:ACME_RW", AcmeAgent.Community);
        var target = new DeviceTarget
        {
            Name = "ENV-LAB-01",
            Site = "lab",
            DriverId = driver.Descriptor.Id,
            Address = "127.0.0.1",
            Port = agent.Port,
            Credentials = new CredentialSet { Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "ACME_RW") } },
            Desired = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = "env-lab-01@contoso.com", Recipients = [new Recipient("alerts-environment@contoso.com")] },
        };
        var engine = new DeviceEngine(new DriverCatalog([driver]), secrets, new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromMilliseconds(500) }, TimeProvider.System);

        var result = await engine.RunAsync(target, RunMode.Plan, CancellationToken.None);

        var step = Assert.Single(result.ManualSteps);
        Assert.Equal(SettingKey.SmtpRecipients, step.Key);
        Assert.Equal("Web UI › Notifications › Actions › Add › Email", step.Where);
        Assert.Empty(agent.Committed);
    }
}
