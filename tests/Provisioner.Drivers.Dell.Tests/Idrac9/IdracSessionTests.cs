using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Dell.Idrac9;
using Provisioner.Drivers.Dell.Tests.Conformance;

namespace Provisioner.Drivers.Dell.Tests.Idrac9;

/// <summary>Login, trust and session lifetime of the iDRAC driver.</summary>
public sealed class IdracSessionTests(IdracLabHarness harness) : IdracTestBase(harness)
{
    [Fact]
    public async Task Apply_WrongPin_IsUntrustedWithBothFingerprints_NothingSent()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var wrong = PeerFingerprint.OfCertificate([1, 2, 3]);
        var target = Harness.Target with { Trust = new PeerTrust { CertificateFingerprints = [wrong] } };
        var created = Harness.Model.Sessions.CreatedCount;

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        var text = Describe(result);
        Assert.Contains(wrong, text, StringComparison.Ordinal);
        Assert.Contains(Harness.LabDevice.CertificateSha256!, text, StringComparison.Ordinal);
        Assert.Empty(Harness.Device.WriteLog);
        Assert.Equal(created, Harness.Model.Sessions.CreatedCount);
    }

    [Fact]
    public async Task Apply_WrongPassword_IsAuthFailed_NoSessionLeft()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var created = Harness.Model.Sessions.CreatedCount;

        var result = await RunAsync(Harness.WrongCredentialsTarget, RunMode.Apply);

        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.Equal(created, Harness.Model.Sessions.CreatedCount);
        Assert.Equal(0, Harness.Model.Sessions.OpenCount);
        Assert.DoesNotContain(HttpsLabHarnessPassword, Describe(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SessionExpiredMidWork_LogsInAgainOnceAndSucceeds()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var created = Harness.Model.Sessions.CreatedCount;
        await using (var session = (IdracSession)await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None))
        {
            await session.IdentifyAsync(CancellationToken.None);
            Harness.LabDevice.Faults.ExpireSessions();

            var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpPort } }, CancellationToken.None);

            Assert.Equal(new Observed.Known(new IntegerValue(25)), read.Values[SettingKey.SmtpPort]);
            Assert.Equal(1, session.Connection.Renewals);
            Assert.Equal(created + 2, Harness.Model.Sessions.CreatedCount);
        }

        Assert.Equal(0, Harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task Apply_SessionExpiredBeforeTheWrite_RunStillChanges()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = (IdracSession)await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        Harness.LabDevice.Faults.ExpireSessions();

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpPort]);
        Assert.Equal(587L, (long)Harness.Model.Attribute(Endpoints.SmtpPort)!);
    }

    [Fact]
    public async Task Session_WorkFails_SessionIsStillDeleted()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var created = Harness.Model.Sessions.CreatedCount;

        await Assert.ThrowsAsync<ReadOnlySessionException>(async () =>
        {
            await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);
            Assert.Equal(1, Harness.Model.Sessions.OpenCount);
            await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);
        });

        Assert.Equal(created + 1, Harness.Model.Sessions.CreatedCount);
        Assert.Equal(0, Harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task Apply_RejectedByTheDevice_SessionIsDeleted()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Harness.LabDevice.Faults.RejectedObjects.Add(Endpoints.SenderEmail);

        var result = await RunAsync(Harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Equal(0, Harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task Identify_LabIdrac_ReportsDellAndMatchesTheRule()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("Dell", "14G Monolithic", "5.10.00.00", "LAB0001"), (id.Vendor, id.Model, id.Firmware, id.Serial));
        Assert.Equal("iDRAC.Embedded.1", id.Detail(IdracDescriptor.ManagerIdKey));
        Assert.Empty(IdracDescriptor.Value.Identity!.Mismatches(id));
    }

    [Fact]
    public void IdentityRule_OtherVendorOrOldFirmware_DoesNotMatch()
    {
        var rule = IdracDescriptor.Value.Identity!;
        var idrac9 = new IdentifyResponse { Vendor = "Dell", Model = "14G Monolithic", Firmware = "5.10.00.00", Details = new Dictionary<string, string> { [IdracDescriptor.ManagerIdKey] = "iDRAC.Embedded.1" } };

        Assert.True(rule.Matches(idrac9));
        Assert.False(rule.Matches(idrac9 with { Firmware = "2.75.75.75" }));
        Assert.False(rule.Matches(idrac9 with { Vendor = "HPE" }));
        Assert.False(rule.Matches(idrac9 with { Details = new Dictionary<string, string> { [IdracDescriptor.ManagerIdKey] = "1" } }));
    }

    private const string HttpsLabHarnessPassword = Testing.Simulators.Http.HttpsLabHarness.LabPassword;
}
