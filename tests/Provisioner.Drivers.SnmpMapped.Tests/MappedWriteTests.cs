using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Tests.Lab;
using Provisioner.Snmp.Types;
using Provisioner.Testing.Fakes;

namespace Provisioner.Drivers.SnmpMapped.Tests;

/// <summary>The mapped driver's writes through the SNMP kit: ordered SETs for <c>write_order</c>, one SET without it, the commit step, refusals.</summary>
public sealed class MappedWriteTests
{
    private const string Prefix = "1.3.6.1.4.1.99999.";
    private static readonly ISecretResolver Secrets = new DictionarySecretResolver().Add("env:ACME_RW", AcmeAgent.Community);

    private static readonly SettingChange[] Changes =
    [
        new(SettingKey.SmtpEnabled, new BooleanValue(true)),
        new(SettingKey.SmtpRelay, new TextValue("10.6.0.25")),
        new(SettingKey.SmtpPort, new IntegerValue(587)),
    ];

    private static async Task<MappingDefinition> AcmeAsync(bool withWriteOrder = true)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "examples", "acme-pdu-slots.yaml"));
        if (!withWriteOrder)
        {
            var start = text.IndexOf("write_order:", StringComparison.Ordinal);
            text = text[..start] + text[text.IndexOf('\n', start)..];
        }

        var result = MappingLoader.Parse("acme-pdu-slots.yaml", text);
        Assert.Empty(result.Diagnostics);
        return result.Definition!;
    }

    private static async Task<SnmpDriverSession> OpenAsync(MappedSnmpDriver driver, AcmeAgent agent)
    {
        var request = new OpenRequest
        {
            DeviceName = "PDU-LAB-01",
            Address = "127.0.0.1",
            Port = agent.Port,
            Mode = SessionMode.ReadWrite,
            Credentials = new CredentialSet { Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "ACME_RW") } },
            Secrets = Secrets,
        };
        return Assert.IsAssignableFrom<SnmpDriverSession>(await driver.OpenAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Write_WithWriteOrder_SendsOneSetPerSettingInThatOrderThenTheCommitOnce()
    {
        var driver = new MappedSnmpDriver(await AcmeAsync());
        await using var agent = AcmeAgent.Start(driver.Mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100");
        await using var session = await OpenAsync(driver, agent);

        var response = await session.WriteAsync(new WriteRequest { Changes = Changes }, CancellationToken.None);

        Assert.All(Changes, c => Assert.Equal(WriteStatus.Applied, response.Statuses[c.Key]));
        Assert.Equal(["2.2.0", "2.3.0", "2.1.0", "2.99.0"], agent.Committed.Select(b => b.Oid.ToString()[Prefix.Length..]));
        Assert.Equal(4, session.RoundTrips);
        Assert.IsType<Gauge32>(agent.Committed[1].Value);
    }

    [Fact]
    public async Task Write_WithoutWriteOrder_SendsEveryChangeInOneSetThenTheCommit()
    {
        var driver = new MappedSnmpDriver(await AcmeAsync(withWriteOrder: false));
        await using var agent = AcmeAgent.Start(driver.Mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100");
        await using var session = await OpenAsync(driver, agent);

        var response = await session.WriteAsync(new WriteRequest { Changes = Changes }, CancellationToken.None);

        Assert.All(Changes, c => Assert.Equal(WriteStatus.Applied, response.Statuses[c.Key]));
        Assert.Equal(2, session.RoundTrips);
        Assert.Equal(Prefix + "2.99.0", agent.Committed[^1].Oid.ToString());
        Assert.Equal(4, agent.Committed.Count);
    }

    [Fact]
    public async Task Write_ValueTheMappingCannotHold_IsRefusedBeforeAnyIoAndNothingIsCommitted()
    {
        var driver = new MappedSnmpDriver(await AcmeAsync());
        await using var agent = AcmeAgent.Start(driver.Mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100");
        await using var session = await OpenAsync(driver, agent);
        SettingChange[] changes = [.. Changes, new(SettingKey.SmtpFrom, new TextValue(new string('a', 60) + "@contoso.com"))];

        var response = await session.WriteAsync(new WriteRequest { Changes = changes }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpFrom]);
        Assert.All(Changes, c => Assert.Equal(WriteStatus.NotAttempted, response.Statuses[c.Key]));
        var refusal = Assert.Single(response.Diagnostics);
        Assert.Equal("smtp.from", refusal.Path);
        Assert.Contains("at most 64 characters", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(0, session.RoundTrips);
        Assert.Empty(agent.Committed);
    }

    [Fact]
    public async Task Write_AgentRefusesOneSettingMidOrder_EarlierApplyLaterAreNotAttemptedAndTheCommitFollows()
    {
        var driver = new MappedSnmpDriver(await AcmeAsync());
        await using var agent = AcmeAgent.Start(driver.Mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100", new HashSet<Oid> { Oid.Parse(Prefix + "2.3.0") });
        await using var session = await OpenAsync(driver, agent);

        var response = await session.WriteAsync(new WriteRequest { Changes = Changes }, CancellationToken.None);

        Assert.Equal(WriteStatus.Applied, response.Statuses[SettingKey.SmtpRelay]);
        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpPort]);
        Assert.Equal(WriteStatus.NotAttempted, response.Statuses[SettingKey.SmtpEnabled]);
        var refused = Assert.Single(response.Diagnostics);
        Assert.Equal("smtp.port", refused.Path);
        Assert.Equal("snmp.inconsistentValue", refused.Code);
        Assert.Equal(["2.2.0", "2.99.0"], agent.Committed.Select(b => b.Oid.ToString()[Prefix.Length..]));
    }

    [Fact]
    public async Task Write_RecipientsBeyondTheSlots_IsRefusedBeforeAnyIo()
    {
        var driver = new MappedSnmpDriver(await AcmeAsync());
        await using var agent = AcmeAgent.Start(driver.Mapping, "1.3.6.1.4.1.99999.1", "Acme PDU-100");
        await using var session = await OpenAsync(driver, agent);
        var three = new RecipientsValue([new Recipient("a@contoso.com"), new Recipient("b@contoso.com"), new Recipient("c@contoso.com")]);

        var response = await session.WriteAsync(new WriteRequest { Changes = [new(SettingKey.SmtpRecipients, three)] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpRecipients]);
        Assert.Contains("2 recipient slot(s)", Assert.Single(response.Diagnostics).Detail, StringComparison.Ordinal);
        Assert.Equal(0, session.RoundTrips);
    }
}
