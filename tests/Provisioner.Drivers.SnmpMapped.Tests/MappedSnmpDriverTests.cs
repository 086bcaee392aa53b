using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Tests.Lab;
using Provisioner.Testing.Fakes;

namespace Provisioner.Drivers.SnmpMapped.Tests;

public sealed class MappedSnmpDriverTests
{
    private static readonly ISecretResolver Secrets = new DictionarySecretResolver().Add("env:ACME_RW", AcmeAgent.Community).Add("env:SMTP_PW", "smtp-pass-55aa21");

    private static async Task<MappingDefinition> AcmeMappingAsync()
    {
        var result = await MappingLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "examples", "acme-pdu-slots.yaml"), CancellationToken.None);
        return result.Definition!;
    }

    private static DeviceTarget Target(MappedSnmpDriver driver, int port) => new()
    {
        Name = "PDU-LAB-01",
        Site = "lab",
        DriverId = driver.Descriptor.Id,
        Address = "127.0.0.1",
        Port = port,
        Credentials = new CredentialSet { Name = "acme", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "ACME_RW") } },
        Desired = new NotificationSettings
        {
            RelayAddress = "10.6.0.25",
            RelayPort = 587,
            Security = SmtpSecurity.StartTls,
            AuthUser = "pdu",
            AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
            FromAddress = "pdu-lab-01@contoso.com",
            Recipients = [new Recipient("alerts-lab-power@contoso.com")],
            MinimumSeverity = AlertSeverity.Minor,
        },
    };

    // The agent answers on loopback; a generous timeout keeps the client from resending a SET on a loaded machine,
    // which the agent would record twice and which would blur the order these tests check.
    private static Task<DeviceResult> RunAsync(MappedSnmpDriver driver, DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([driver]), Secrets, new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(5) }, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);

    [Fact]
    public async Task Apply_WritesInTheMappingsOrderThenSetsTheCommitObject()
    {
        var mapping = await AcmeMappingAsync();
        var driver = new MappedSnmpDriver(mapping);
        await using var agent = AcmeAgent.Start(mapping, "1.3.6.1.4.1.99999.1.7", "Acme PDU-200 v2.1");

        var result = await RunAsync(driver, Target(driver, agent.Port), RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        var order = agent.Committed.Select(b => b.Oid.ToString()).ToList();
        var expected = new[] { "2.2.0", "2.3.0", "2.4.0", "2.5.0", "2.6.0", "2.7.0", "2.10.0", "2.8.0", "2.1.0", "2.99.0" }.Select(s => "1.3.6.1.4.1.99999." + s);
        Assert.Equal(expected, order.Where(o => !o.EndsWith(".2.11.0", StringComparison.Ordinal)));
        Assert.Equal("1.3.6.1.4.1.99999.2.99.0", order[^1]);
    }

    [Fact]
    public async Task Apply_Again_IsUnverifiableOnlyForThePasswordAndWritesNothing()
    {
        var mapping = await AcmeMappingAsync();
        var driver = new MappedSnmpDriver(mapping);
        await using var agent = AcmeAgent.Start(mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100");
        await RunAsync(driver, Target(driver, agent.Port), RunMode.Apply);
        var before = agent.Committed.Count;

        var second = await RunAsync(driver, Target(driver, agent.Port), RunMode.Apply);

        Assert.Equal(DeviceOutcome.Unverifiable, second.Outcome);
        Assert.Equal(SettingKey.SmtpAuthPassword, Assert.Single(second.Before, c => c.Kind == ComparisonKind.Unverifiable).Key);
        Assert.Equal(before, agent.Committed.Count);
    }

    [Fact]
    public async Task Apply_DeviceOfAnotherKind_IsIdentityMismatchAndNothingIsWritten()
    {
        var mapping = await AcmeMappingAsync();
        var driver = new MappedSnmpDriver(mapping);
        await using var agent = AcmeAgent.Start(mapping, "1.3.6.1.4.1.8072.3.2.10", "Linux nas0 3.2.101 #42962 armv7l");

        var result = await RunAsync(driver, Target(driver, agent.Port), RunMode.Apply);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        Assert.Empty(agent.Committed);
        Assert.Contains(result.Diagnostics, d => d.Code == "device.identityMismatch");
        Assert.Contains(result.Diagnostics, d => d.Detail.Contains("expected under 1.3.6.1.4.1.99999.1", StringComparison.Ordinal) && d.Detail.Contains("expected to match /^Acme PDU/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_RightOidWrongDescription_IsIdentityMismatch()
    {
        var mapping = await AcmeMappingAsync();
        var driver = new MappedSnmpDriver(mapping);
        await using var agent = AcmeAgent.Start(mapping, "1.3.6.1.4.1.99999.1.7", "Acme Sensor S-1");

        var result = await RunAsync(driver, Target(driver, agent.Port), RunMode.Apply);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        Assert.Empty(agent.Committed);
    }

    [Fact]
    public async Task Read_PortAnsweredAsGauge32_IsReadAsANumber()
    {
        var mapping = await AcmeMappingAsync();
        var driver = new MappedSnmpDriver(mapping);
        await using var agent = AcmeAgent.Start(mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100");
        var request = new OpenRequest { DeviceName = "PDU-LAB-01", Address = "127.0.0.1", Port = agent.Port, Credentials = Target(driver, agent.Port).Credentials, Secrets = Secrets };
        await using var session = await driver.OpenAsync(request, CancellationToken.None);

        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpPort, SettingKey.SmtpRecipients, SettingKey.SmtpAuthPassword } }, CancellationToken.None);

        Assert.Equal(new Observed.Known(new IntegerValue(25)), read.Values[SettingKey.SmtpPort]);
        Assert.IsType<Observed.Absent>(read.Values[SettingKey.SmtpRecipients]);
        Assert.IsType<Observed.WriteOnly>(read.Values[SettingKey.SmtpAuthPassword]);
    }

    [Fact]
    public async Task Descriptor_FollowsTheMapping()
    {
        var descriptor = new MappedSnmpDriver(await AcmeMappingAsync()).Descriptor;

        Assert.Equal("mapped.acme-pdu", descriptor.Id);
        Assert.Equal(RecipientModel.FixedSlots(2), descriptor.Recipients);
        Assert.Equal(SettingAccess.WriteOnly, descriptor.Find(SettingKey.SmtpAuthPassword)!.Access);
        Assert.True(descriptor.Find(SettingKey.SmtpAuthPassword)!.Sensitive);
        Assert.Equal(["none", "starttls", "tls"], descriptor.Find(SettingKey.SmtpSecurity)!.Constraints.AllowedValues);
        Assert.Equal([DriverTransport.SnmpV3], descriptor.Transports);
        Assert.Empty(Provisioner.Testing.Conformance.DescriptorRules.Check(descriptor));
    }
}
