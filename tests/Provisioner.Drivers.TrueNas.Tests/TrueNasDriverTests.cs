using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Core.Reports;
using Provisioner.Drivers.TrueNas.Tests.Conformance;
using Provisioner.Lab.Devices.TrueNas;

namespace Provisioner.Drivers.TrueNas.Tests;

/// <summary>The driver's own cases, run against each API generation by the sealed subclasses.</summary>
/// <typeparam name="THarness">The harness of one generation.</typeparam>
public abstract class TrueNasDriverTests<THarness>(THarness harness) : IClassFixture<THarness>
    where THarness : TrueNasHarness
{
    private const string Canary = "smtp-canary-6b1f";

    /// <summary>The harness.</summary>
    protected THarness Harness => harness;

    /// <summary>Whether the harness's firmware speaks the WebSocket API.</summary>
    protected bool IsWebSocket => harness.Firmware == TrueNasLabFirmware.Scale2604;

    [Fact]
    public async Task Identify_SaysWhichApiGeneration()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("iXsystems", "TrueNAS SCALE", harness.Model.Version), (id.Vendor, id.Model, id.Firmware));
        Assert.Equal(IsWebSocket ? "JSON-RPC 2.0 WebSocket /api/current (API key login)" : "REST /api/v2.0 (API key, Bearer)", id.Detail("truenas.api"));
        Assert.Contains(id.Diagnostics, d => d.Code == "truenas.api" && d.Summary.Contains(IsWebSocket ? "WebSocket" : "REST", StringComparison.Ordinal));
        Assert.True(TrueNasDescriptor.Value.Identity!.Matches(id));
    }

    [Fact]
    public async Task ValidationError_IsRejected_WithTheDevicesMessage_AndNothingStored()
    {
        await harness.ResetAsync(CancellationToken.None);
        var before = harness.Model.MailState().ToJsonString();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.25")), new SettingChange(SettingKey.SmtpFrom, new TextValue("not-an-address"))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpFrom]);
        Assert.Equal(WriteStatus.NotAttempted, response.Statuses[SettingKey.SmtpRelay]);
        var from = Assert.Single(response.Diagnostics, d => d.Path == "smtp.from");
        Assert.Equal("truenas.rejected", from.Code);
        Assert.Contains("mail_update.fromemail: Not a valid E-Mail address", from.Summary, StringComparison.Ordinal);
        Assert.Equal(before, harness.Model.MailState().ToJsonString());
    }

    [Fact]
    public async Task DeviceQuotingThePassword_IsScrubbed()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.Faults.QuoteSecretsInErrors = true;
        harness.Model.Faults.RejectedObjects.Add("mail.pass");
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpAuthPassword, new SecretValue(new Secret(Canary)))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpAuthPassword]);
        var refused = Assert.Single(response.Diagnostics);
        Assert.Contains(Secret.Redacted, refused.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, refused.Summary + refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoedPassword_IsVerifiedByComparison_AndNeverPrinted()
    {
        await harness.ResetAsync(CancellationToken.None);

        var apply = await RunAsync(harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Changed, apply.Outcome);
        Assert.Equal(Canary, harness.Model.MailState()["pass"]!.GetValue<string>());
        Assert.Contains(harness.Model.WriteLog.Entries, w => w.Name == "mail.pass" && w.Value == "********");
        harness.Model.Faults.LostWrites.Add("mail.pass");
        await using (var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None))
        {
            var lost = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpAuthPassword, new SecretValue(new Secret("another-secret-77")))] }, CancellationToken.None);
            Assert.Equal(WriteStatus.Rejected, lost.Statuses[SettingKey.SmtpAuthPassword]);
            var error = Assert.Single(lost.Diagnostics);
            Assert.Equal(("truenas.passwordNotStored", "smtp.auth.password"), (error.Code, error.Path));
            Assert.DoesNotContain(Canary, error.Summary + error.Detail, StringComparison.Ordinal);
            var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpAuthPassword } }, CancellationToken.None);
            Assert.IsType<Observed.WriteOnly>(read.Values[SettingKey.SmtpAuthPassword]);
        }

        harness.Model.Faults.Clear();
        var plan = await RunAsync(harness.Target, RunMode.Plan);
        var report = RunReportBuilder.Build(new RunResult { Mode = RunMode.Apply, Devices = [apply, plan] }, new SecretRedactor());
        foreach (var sink in new[] { JsonReportWriter.ToJson(report), MarkdownReportWriter.ToMarkdown(report), TextTableWriter.ToText(report) })
        {
            Assert.DoesNotContain(Canary, sink, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Recipients_AreMailAlertServices_WithTheirLevels_AndOtherServicesStay()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.AddServiceOutOfBand("Hand-made", "Mail", "root@example.com", "INFO");
        harness.Model.AddServiceOutOfBand("Chat", "Slack", string.Empty, "WARNING");

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target with { Desired = harness.Target.Desired with { MinimumSeverity = AlertSeverity.Minor } }, RunMode.Apply)).Outcome);

        var services = harness.Model.ServiceState();
        Assert.Equal(["Hand-made", "Chat", "Provisioner mail ops@example.com", "Provisioner mail storage@example.com"], services.Select(s => s["name"]!.GetValue<string>()));
        Assert.Equal(["INFO", "WARNING", "ERROR", "CRITICAL"], services.Select(s => s["level"]!.GetValue<string>()));
        Assert.All(services, s => Assert.True(s["enabled"]!.GetValue<bool>()));
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target with { Desired = harness.Target.Desired with { Enabled = false, Recipients = [new Recipient("ops@example.com")] } }, RunMode.Apply)).Outcome);
        var after = harness.Model.ServiceState();
        Assert.Equal(3, after.Count);
        Assert.False(after[2]["enabled"]!.GetValue<bool>());
        Assert.True(after[0]["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TestMessage_IsAJob_WhoseMailReachesTheCapture()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Lab.Capture.Clear();
        harness.Model.WriteLog.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest { Marker = "mk-41c7" }, CancellationToken.None);

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Contains(IsWebSocket ? "SUCCESS (result null)" : "SUCCESS (result true)", response.DeviceResult, StringComparison.Ordinal);
        var mail = Assert.Single(harness.Lab.Capture.Messages);
        Assert.Equal(["ops@example.com", "storage@example.com"], mail.EnvelopeTo.Order());
        Assert.Equal("lab-https-01@example.com", mail.EnvelopeFrom);
        Assert.Equal("TrueNAS lab-https-01.local: Provisioner test alert mk-41c7", mail.Subject);
        Assert.Empty(harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task TestMessage_RelayNobodyAnswers_IsAFailedJobWithTheDevicesError()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target with { Desired = harness.Target.Desired with { RelayAddress = "10.99.0.1" } }, RunMode.Apply);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest { WaitForResult = TimeSpan.FromSeconds(20) }, CancellationToken.None);

        Assert.False(response.Sent);
        var error = Assert.Single(response.Diagnostics);
        Assert.Equal("truenas.testMailFailed", error.Code);
        Assert.Contains("10.99.0.1:25", error.Summary, StringComparison.Ordinal);
        Assert.Contains("FAILED", response.DeviceResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestMessage_WithoutRecipients_SaysSo()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        Assert.Equal("truenas.noRecipients", Assert.Single(response.Diagnostics).Code);
    }

    [Fact]
    public async Task MajorSeverity_IsRefusedBeforeTheDeviceIsTouched()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target with { Desired = harness.Target.Desired with { MinimumSeverity = AlertSeverity.Major } }, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Error, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "desired.constraint" && d.Path == "alerts.minimum_severity");
        Assert.Empty(harness.Model.WriteLog.Entries);
    }

    /// <summary>An open request for the harness's device.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The request.</returns>
    protected OpenRequest Open(SessionMode mode) => new()
    {
        DeviceName = harness.Target.Name,
        Address = harness.Target.Address,
        Port = harness.Target.Port,
        Credentials = harness.Target.Credentials,
        Secrets = harness.Secrets,
        Trust = harness.Target.Trust,
        Mode = mode,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
