using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Redfish.Tests.Conformance;

namespace Provisioner.Drivers.Redfish.Tests;

public sealed class RedfishDriverTests(RedfishHarness harness) : IClassFixture<RedfishHarness>
{
    private OpenRequest Open(SessionMode mode) => new()
    {
        DeviceName = harness.Target.Name,
        Address = harness.Target.Address,
        Port = harness.Target.Port,
        Credentials = harness.Target.Credentials,
        Secrets = harness.Secrets,
        Mode = mode,
        Trust = harness.Target.Trust,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions with { RequestTimeout = TimeSpan.FromSeconds(5) }, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);

    private IEnumerable<string> SubscriptionWrites => harness.Model.WriteLog.Entries.Where(e => e.Name == "Subscriptions").Select(e => e.Value);

    [Fact]
    public async Task IdentifyAsync_LabBmc_ReportsServiceRootManagerAndEventService()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("Provisioner Lab", "Generic Redfish BMC", "1.00.0"), (id.Vendor, id.Model, id.Firmware));
        Assert.Equal("1.17.0", id.Detail(RedfishDescriptor.VersionDetail));
        Assert.Equal("#EventService.v1_10_0.EventService", id.Detail(RedfishDescriptor.EventServiceTypeDetail));
        Assert.True(RedfishDescriptor.Value.Identity!.Matches(id));
    }

    [Fact]
    public async Task WrongPin_IsUntrusted_NamesBothFingerprints_NothingSentBeyondTheHandshake()
    {
        await harness.ResetAsync(CancellationToken.None);
        var wrong = string.Join(':', Enumerable.Repeat("AB", 32));
        var sessionsBefore = harness.Model.Sessions.CreatedCount;

        var result = await RunAsync(harness.Target with { Trust = new PeerTrust { CertificateFingerprints = [wrong] } }, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        var text = string.Join(" ", result.Diagnostics.Select(d => d.Summary + " " + d.Detail));
        Assert.Contains(wrong, text, StringComparison.Ordinal);
        Assert.Contains(harness.LabDevice.CertificateSha256!, text, StringComparison.Ordinal);
        Assert.Empty(harness.Model.WriteLog.Entries);
        Assert.Equal(sessionsBefore, harness.Model.Sessions.CreatedCount);
    }

    [Fact]
    public async Task WrongPassword_IsAuthFailed_NoSessionNoWrite()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.WrongCredentialsTarget, RunMode.Apply);

        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.Empty(harness.Model.WriteLog.Entries);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task ExpiredSession_MidWork_LogsInOnceMore_AndTheCallSucceeds()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using (var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None))
        {
            await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpFrom } }, CancellationToken.None);
            harness.LabDevice.Faults.ExpireSessions();

            var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpFrom, new TextValue("bmc-lab-01@contoso.com"))] }, CancellationToken.None);

            Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpFrom]);
            Assert.Equal(2, ((RedfishDriverSession)session).Connection.Logins);
            Assert.Equal(1, harness.Model.Sessions.OpenCount);
        }

        Assert.Equal("bmc-lab-01@contoso.com", harness.Model.Smtp.FromAddress);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task SessionExpiredTwice_IsAuthenticationFailure_NotAnEndlessLoop()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);
        harness.LabDevice.Faults.ExpireSessions();
        await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpFrom } }, CancellationToken.None);
        harness.LabDevice.Faults.ExpireSessions();

        await Assert.ThrowsAsync<DeviceAuthenticationException>(async () => await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpFrom } }, CancellationToken.None));
    }

    [Fact]
    public async Task Snapshot_RightAfterARead_ReusesIt_ButAReadAlwaysAsksTheDevice()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var keys = harness.Driver.Descriptor.Settings.Select(s => s.Key).ToHashSet();
        await session.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        var afterRead = harness.LabDevice.HttpCounters.Requests;

        await ((ISupportsSnapshot)session).SnapshotAsync(new SnapshotRequest(), CancellationToken.None);
        var afterSnapshot = harness.LabDevice.HttpCounters.Requests;
        await session.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);

        Assert.Equal(afterRead, afterSnapshot);
        Assert.True(harness.LabDevice.HttpCounters.Requests > afterSnapshot);
    }

    [Fact]
    public async Task SessionIsDeleted_WhenTheDevicesWorkFails()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Device.Inject(new Testing.Conformance.SimulatedFault.RejectWrites(SettingKey.SmtpRelay));
        var created = harness.Model.Sessions.CreatedCount;

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.True(harness.Model.Sessions.CreatedCount > created);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task SessionIsDeleted_WhenTheCallerThrowsInsideTheSession()
    {
        await harness.ResetAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);
            Assert.Equal(1, harness.Model.Sessions.OpenCount);
            throw new InvalidOperationException("work failed");
        });

        Assert.Equal(0, harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task Write_EtagChangedOnce_RereadsAndRetries_Applied()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.ConcurrentEditsBeforePatch = 1;
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpPort]);
        Assert.Equal(587, harness.Model.Smtp.Port);
    }

    [Fact]
    public async Task Write_ServiceRequiringIfMatch_GetsTheETagItServed()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.RequireIfMatch = true;
        try
        {
            await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

            var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.25"))] }, CancellationToken.None);

            Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpRelay]);
            Assert.Equal("10.6.0.25", harness.Model.Smtp.ServerAddress);
        }
        finally
        {
            harness.Model.RequireIfMatch = false;
        }
    }

    [Fact]
    public async Task Write_EtagChangedTwice_IsRejectedWithTheReason_NothingStored()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.ConcurrentEditsBeforePatch = 2;
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpPort]);
        var diagnostic = Assert.Single(write.Diagnostics);
        Assert.Equal(("redfish.preconditionFailed", "smtp.port"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("412", diagnostic.Detail, StringComparison.Ordinal);
        Assert.Equal(25, harness.Model.Smtp.Port);
    }

    [Fact]
    public async Task Write_PortOutOfRange_IsRejected_NamingTheSetting_QuotingTheDevice()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpFrom, new TextValue("x@contoso.com")), new SettingChange(SettingKey.SmtpPort, new IntegerValue(70000))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpPort]);
        Assert.Equal(WriteStatus.NotAttempted, write.Statuses[SettingKey.SmtpFrom]);
        var diagnostic = Assert.Single(write.Diagnostics);
        Assert.Equal("smtp.port", diagnostic.Path);
        Assert.Contains("The value '70000' for the property Port is not in the supported range", diagnostic.Summary, StringComparison.Ordinal);
        Assert.Equal(string.Empty, harness.Model.Smtp.FromAddress);
    }

    [Fact]
    public async Task Apply_RecipientChange_IsDeletePlusCreate_OnlyTheDifference_OtherProtocolsUntouched()
    {
        await harness.ResetAsync(CancellationToken.None);
        var redfishPush = harness.Model.Subscriptions.Members.Single(m => (string?)m["Protocol"] == "Redfish").ToJsonString();

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);
        Assert.Equal(["deleted mailto:old-team@contoso.com", "created mailto:alerts-systems@contoso.com", "created mailto:alerts-critical@contoso.com"], SubscriptionWrites);
        harness.Model.WriteLog.Clear();
        var changed = harness.Target with { Desired = harness.Target.Desired with { Recipients = [new Recipient("alerts-systems@contoso.com"), new Recipient("alerts-new@contoso.com")] } };

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(changed, RunMode.Apply)).Outcome);

        Assert.Equal(["deleted mailto:alerts-critical@contoso.com", "created mailto:alerts-new@contoso.com"], SubscriptionWrites);
        Assert.Equal(redfishPush, harness.Model.Subscriptions.Members.Single(m => (string?)m["Protocol"] == "Redfish").ToJsonString());
        Assert.Equal(
            [("alerts-systems@contoso.com", "Warning,Critical"), ("alerts-new@contoso.com", "Warning,Critical")],
            harness.Model.Subscriptions.SmtpRecipients.Select(r => (r.Address, string.Join(",", r.Severities!))));
        Assert.All(harness.Model.Subscriptions.Members.Where(m => (string?)m["Protocol"] == "SMTP"), m => Assert.Equal("provisioner", (string?)m["Context"]));
    }

    [Fact]
    public async Task Read_SupermicroDestinationWithoutMailto_IsNormalised()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.Subscriptions.Create(new System.Text.Json.Nodes.JsonObject { ["Destination"] = "Ops@Contoso.com", ["Protocol"] = "SMTP", ["Severities"] = new System.Text.Json.Nodes.JsonArray("Warning", "Critical") });
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpRecipients, SettingKey.AlertsMinimumSeverity } }, CancellationToken.None);

        var recipients = Assert.IsType<RecipientsValue>(Assert.IsType<Observed.Known>(read.Values[SettingKey.SmtpRecipients]).Value);
        Assert.Equal([new Recipient("old-team@contoso.com", AlertSeverity.Critical), new Recipient("ops@contoso.com", AlertSeverity.Warning)], recipients.Value);
        Assert.Equal(new SeverityValue(AlertSeverity.Warning), Assert.IsType<Observed.Known>(read.Values[SettingKey.AlertsMinimumSeverity]).Value);
    }

    [Fact]
    public async Task Read_Password_IsWriteOnly_AndPasswordSetIsReported()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.Smtp.Password = "stored-secret";
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpAuthPassword } }, CancellationToken.None);

        Assert.IsType<Observed.WriteOnly>(read.Values[SettingKey.SmtpAuthPassword]);
        Assert.Contains(read.Diagnostics, d => d.Code == "redfish.passwordSet" && d.Summary.EndsWith("true", StringComparison.Ordinal));
        Assert.DoesNotContain(read.Diagnostics, d => (d.Summary + d.Detail).Contains("stored-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendTestMessageAsync_AfterApply_MailReachesTheLabCaptureForEveryRecipient()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);
        harness.Lab.Capture.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest { Marker = "rf-7f3a" }, CancellationToken.None);
        await harness.Model.WhenIdleAsync();

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Equal(["alerts-critical@contoso.com", "alerts-systems@contoso.com"], harness.Lab.Capture.Messages.SelectMany(m => m.EnvelopeTo).Order());
        Assert.All(harness.Lab.Capture.Messages, m => Assert.Equal("bmc-lab-01@contoso.com", m.EnvelopeFrom));
        Assert.All(harness.Lab.Capture.Messages, m => Assert.Contains("rf-7f3a", m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendTestMessageAsync_SmtpDisabled_IsNotSent_QuotingTheService()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        var diagnostic = Assert.Single(response.Diagnostics);
        Assert.Contains("is disabled", diagnostic.Summary, StringComparison.Ordinal);
        Assert.Contains("ServiceDisabled", response.DeviceResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WithSmtpPassword_TheSecretAppearsNowhereInTheResult()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal("smtp-canary-6b1f", harness.Model.Smtp.Password);
        var text = System.Text.Json.JsonSerializer.Serialize(result.Diagnostics.Select(d => d.Summary + d.Detail)) + string.Join(" ", result.Changes);
        Assert.DoesNotContain("smtp-canary-6b1f", text, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Model.WriteLog.Entries, e => e.Value.Contains("smtp-canary-6b1f", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_RecipientAtMinor_HasNoRedfishThreshold_IsRejected_NothingWritten()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRecipients, new RecipientsValue([new Recipient("a@contoso.com", AlertSeverity.Warning), new Recipient("b@contoso.com", AlertSeverity.Minor)]))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpRecipients]);
        Assert.Equal(("redfish.severityUnrepresentable", "smtp.recipients[1]"), (write.Diagnostics[0].Code, write.Diagnostics[0].Path));
        Assert.Empty(SubscriptionWrites);
    }
}
