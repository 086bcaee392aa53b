using Provisioner.Abstractions;
using Provisioner.Drivers.Hpe.Tests.Conformance;
using Provisioner.Lab.Devices.Hpe;

namespace Provisioner.Drivers.Hpe.Tests;

/// <summary>The hpe.ilo5 session against the lab iLO: sessions, iLO's answers, the sender and the test mail.</summary>
public sealed class IloSessionTests(IloLabHarness harness) : IClassFixture<IloLabHarness>
{
    private static readonly Secret SmtpPassword = new("smtp-canary-6b1f");

    private IloLabModel Model => harness.Model;

    [Fact]
    public async Task Identify_LabIlo_ReportsHpeIlo5FromItsOwnData()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadOnly);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("HPE", "iLO 5", "2.55"), (id.Vendor, id.Model, id.Firmware));
        Assert.Equal("iLO 5 v2.55", id.Detail("hpe.ilo.firmwareVersion"));
        Assert.Empty(Ilo5Descriptor.Value.Identity!.Mismatches(id));
    }

    [Fact]
    public async Task Read_InitialState_IsTheV255Capture_AndTheSenderIsBuiltFromTheHostName()
    {
        await harness.ResetAsync(CancellationToken.None);
        Model.AlertMail = Model.AlertMail with { SenderDomain = "corp.example" };
        await using var session = await OpenAsync(SessionMode.ReadOnly);

        var read = await session.ReadAsync(new ReadRequest { Keys = SettingKey.All.ToHashSet() }, CancellationToken.None);

        Assert.Equal(new Observed.Known(new BooleanValue(false)), read.Values[SettingKey.SmtpEnabled]);
        Assert.Equal(new Observed.Known(new SecurityValue(SmtpSecurity.StartTls)), read.Values[SettingKey.SmtpSecurity]);
        Assert.Equal(new Observed.Known(new TextValue($"{IloLabHarness.HostName}@corp.example")), read.Values[SettingKey.SmtpFrom]);
        Assert.IsType<Observed.Absent>(read.Values[SettingKey.SmtpRelay]);
        Assert.IsType<Observed.WriteOnly>(read.Values[SettingKey.SmtpAuthPassword]);
        Assert.IsType<Observed.NotSupported>(read.Values[SettingKey.AlertsMinimumSeverity]);
    }

    [Fact]
    public async Task ExpiredSession_MidWork_LogsInAgainOnce_AndTheReadSucceeds()
    {
        await harness.ResetAsync(CancellationToken.None);
        var created = Model.Sessions.CreatedCount;
        await using (var session = await OpenAsync(SessionMode.ReadOnly))
        {
            await session.IdentifyAsync(CancellationToken.None);
            harness.LabDevice.Faults.ExpireSessions();

            var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpPort } }, CancellationToken.None);

            Assert.Equal(new Observed.Known(new IntegerValue(25)), read.Values[SettingKey.SmtpPort]);
            Assert.Equal(1, Model.Sessions.OpenCount);
        }

        Assert.Equal(created + 2, Model.Sessions.CreatedCount);
        Assert.Equal(0, Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task FailedWork_StillDeletesTheSession()
    {
        await harness.ResetAsync(CancellationToken.None);
        var session = await OpenAsync(SessionMode.ReadOnly);
        Assert.Equal(1, Model.Sessions.OpenCount);
        harness.LabDevice.Faults.Latency = TimeSpan.FromMilliseconds(300);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await session.ReadAsync(new ReadRequest { Keys = SettingKey.All.ToHashSet() }, cts.Token));
        await session.DisposeAsync();

        harness.LabDevice.Faults.Latency = TimeSpan.Zero;
        Assert.Equal(0, Model.Sessions.OpenCount);
    }

    [Fact]
    public async Task Write_Ilo200WithSuccessErrorObject_IsApplied_WithoutDiagnostics()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadWrite);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpPort]);
        Assert.Empty(write.Diagnostics);
        Assert.Equal(587, Model.AlertMail.Port);
    }

    [Fact]
    public async Task Write_AllAlertMailAtOnce_PassesTheEnableRules_InOnePatch()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadWrite);

        var write = await session.WriteAsync(new WriteRequest { Changes = DesiredChanges() }, CancellationToken.None);

        Assert.All(write.Statuses.Values, s => Assert.Equal(WriteStatus.Applied, s));
        var mail = Model.AlertMail;
        Assert.True(mail.Enabled && mail.AuthEnabled && mail.PasswordSet);
        Assert.Equal((IloLabHarness.Domain, IloLabHarness.Recipient, "10.6.0.25"), (mail.SenderDomain, mail.Email, mail.Server));
        Assert.Contains(Model.WriteLog.Entries, w => w.Name == "Oem.Hpe.AlertMailSMTPAuthPw" && w.Value == "***");
    }

    [Fact]
    public async Task Write_EnableAlone_BreaksTheIloRule_IsRejectedNamingTheSetting()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadWrite);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpEnabled, new BooleanValue(true))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpEnabled]);
        var error = Assert.Single(write.Diagnostics);
        Assert.Equal(("smtp.enabled", DiagnosticSeverity.Error), (error.Path, error.Severity));
        Assert.Contains("PropertyValueBadParam (AlertMailEnabled)", error.Detail, StringComparison.Ordinal);
        Assert.False(Model.AlertMail.Enabled);
    }

    [Fact]
    public async Task Write_RecipientTooLongForIlo_IsRejectedNamingTheRecipients_NothingStored()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadWrite);
        var address = new string('a', 60) + "@lab.example";

        var write = await session.WriteAsync(new WriteRequest { Changes = [Change(SettingKey.SmtpRelay, "10.6.0.25"), new SettingChange(SettingKey.SmtpRecipients, new RecipientsValue([new Recipient(address)]))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpRecipients]);
        Assert.Equal(WriteStatus.NotAttempted, write.Statuses[SettingKey.SmtpRelay]);
        Assert.Equal("smtp.recipients", Assert.Single(write.Diagnostics).Path);
        Assert.Equal(string.Empty, Model.AlertMail.Server);
    }

    [Fact]
    public async Task Write_SenderWithAnotherLocalPart_IsRejectedSayingWhatIloWouldSend_NothingSent()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadWrite);

        var write = await session.WriteAsync(new WriteRequest { Changes = [Change(SettingKey.SmtpFrom, "srv-ny-01@lab.example"), Change(SettingKey.SmtpRelay, "10.6.0.25")] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpFrom]);
        Assert.Equal(WriteStatus.NotAttempted, write.Statuses[SettingKey.SmtpRelay]);
        Assert.Contains($"'{IloLabHarness.HostName}@lab.example'", Assert.Single(write.Diagnostics).Detail, StringComparison.Ordinal);
        Assert.Empty(Model.WriteLog.Entries);
    }

    [Fact]
    public async Task SnapshotWriteRestore_PutsTheAlertMailStateBack()
    {
        await harness.ResetAsync(CancellationToken.None);
        var before = Model.AlertMail;
        await using var session = await OpenAsync(SessionMode.ReadWrite);
        var snapshot = (ISupportsSnapshot)session;

        var taken = await snapshot.SnapshotAsync(new SnapshotRequest(), CancellationToken.None);
        await session.WriteAsync(new WriteRequest { Changes = DesiredChanges() }, CancellationToken.None);
        var restored = await snapshot.RestoreAsync(new RestoreRequest { Snapshot = taken.Snapshot }, CancellationToken.None);

        Assert.True(restored.Restored);
        Assert.Equal(before with { PasswordSet = true }, Model.AlertMail);
    }

    [Fact]
    public async Task TestMessage_AfterApply_ReachesTheCapture_FromTheIloBuiltSender()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Lab.Capture.Clear();
        await using var session = await OpenAsync(SessionMode.ReadWrite);
        await session.WriteAsync(new WriteRequest { Changes = DesiredChanges() }, CancellationToken.None);

        var test = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var mail = await harness.Lab.Capture.WaitForMessageAsync(m => m.EnvelopeTo.Contains(IloLabHarness.Recipient), wait.Token);

        Assert.True(test.Sent);
        Assert.Equal(IloLabHarness.Sender, mail.EnvelopeFrom);
        Assert.Contains(IloLabHarness.HostName, mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestMessage_AlertMailDisabled_IsNotSent_WithAClearDiagnostic()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadWrite);

        var test = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(test.Sent);
        Assert.Contains("AlertMailFeatureDisabled", test.DeviceResult, StringComparison.Ordinal);
        var error = Assert.Single(test.Diagnostics);
        Assert.Equal(("test.alertmail-disabled", "smtp.enabled"), (error.Code, error.Path));
        Assert.Contains("AlertMail is disabled", error.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlySession_RefusesTheTestMail_DeviceSeesNothing()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await OpenAsync(SessionMode.ReadOnly);

        await Assert.ThrowsAsync<ReadOnlySessionException>(async () => await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None));

        Assert.Empty(Model.WriteLog.Entries);
    }

    private static SettingChange Change(SettingKey key, string text) => new(key, new TextValue(text));

    private static List<SettingChange> DesiredChanges() =>
    [
        new(SettingKey.SmtpEnabled, new BooleanValue(true)),
        Change(SettingKey.SmtpRelay, "10.6.0.25"),
        Change(SettingKey.SmtpAuthUser, IloLabHarness.SmtpUser),
        new(SettingKey.SmtpAuthPassword, new SecretValue(SmtpPassword)),
        Change(SettingKey.SmtpFrom, IloLabHarness.Sender),
        new(SettingKey.SmtpRecipients, new RecipientsValue([new Recipient(IloLabHarness.Recipient)])),
    ];

    private async Task<IDriverSession> OpenAsync(SessionMode mode) => await harness.Driver.OpenAsync(
        new OpenRequest
        {
            DeviceName = harness.Target.Name,
            Address = harness.Target.Address,
            Port = harness.Target.Port,
            Credentials = harness.Target.Credentials,
            Secrets = harness.Secrets,
            Trust = harness.Target.Trust,
            Mode = mode,
            Timeout = TimeSpan.FromSeconds(2),
        },
        CancellationToken.None);
}
