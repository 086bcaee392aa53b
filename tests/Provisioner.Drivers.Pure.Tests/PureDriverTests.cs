using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Pure.Tests.Conformance;
using Provisioner.Lab.Devices.Pure;

namespace Provisioner.Drivers.Pure.Tests;

public sealed class PureDriverTests(PureHarness harness) : IClassFixture<PureHarness>
{
    private const string Canary = "smtp-canary-6b1f";

    private OpenRequest Open(SessionMode mode) => new()
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

    private DeviceTarget With(Func<NotificationSettings, NotificationSettings> change) => harness.Target with { Desired = change(harness.Target.Desired) };

    [Fact]
    public async Task IdentifyAsync_ReportsArrayControllerAndRestVersion()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("Pure Storage", "FA-X20R3", "6.6.10"), (id.Vendor, id.Model, id.Firmware));
        Assert.Equal(("2.36", "lab-https-01", "Purity//FA"), (id.Detail("restVersion"), id.Detail("array"), id.Detail("os")));
        Assert.True(PureDescriptor.Value.Identity!.Matches(id));
    }

    [Fact]
    public async Task ExpiredSession_LogsInAgainOnce_AndLogsOutAtTheEnd()
    {
        await harness.ResetAsync(CancellationToken.None);
        var logins = harness.Model.Logins;
        await using (var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None))
        {
            harness.LabDevice.Faults.ExpireSessions();
            var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpRelay } }, CancellationToken.None);
            Assert.IsType<Observed.Absent>(read.Values[SettingKey.SmtpRelay]);
        }

        Assert.Equal(logins + 2, harness.Model.Logins);
        Assert.Equal(0, harness.Model.OpenSessions);
    }

    [Fact]
    public async Task Apply_WritesSmtpAndWatchers_LeavesTheVendorWatcherAlone()
    {
        await harness.ResetAsync(CancellationToken.None);

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        var smtp = harness.Model.Smtp;
        Assert.Equal(("10.6.0.25", "lab-https-01", "example.com", "pure-alerts", "starttls", Canary), (smtp.RelayHost, smtp.SenderUsername, smtp.SenderDomain, smtp.UserName, smtp.EncryptionMode, smtp.Password));
        Assert.Equal(
            [(PureLabWatcher.Vendor, true), ("storage@example.com", true), ("ops@example.com", true)],
            harness.Model.Watchers.Select(w => (w.Name, w.Enabled)));

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(With(d => d with { Recipients = [] }), RunMode.Apply)).Outcome);
        Assert.Equal([PureLabWatcher.Vendor], harness.Model.Watchers.Select(w => w.Name));
        Assert.DoesNotContain(harness.Model.WriteLog.Entries, w => w.Value.Contains(PureLabWatcher.Vendor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disabled_DisablesTheWatchers_ButNotTheVendors()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);

        var result = await RunAsync(With(d => d with { Enabled = false }), RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal([(PureLabWatcher.Vendor, true), ("storage@example.com", false), ("ops@example.com", false)], harness.Model.Watchers.Select(w => (w.Name, w.Enabled)));
        Assert.Equal(DeviceOutcome.Unverifiable, (await RunAsync(With(d => d with { Enabled = false }), RunMode.Plan)).Outcome);
    }

    [Fact]
    public async Task Reordered_RecreatesTheTail_InOrder()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Model.WriteLog.Clear();

        await RunAsync(With(d => d with { Recipients = [new Recipient("storage@example.com"), new Recipient("noc@example.com"), new Recipient("ops@example.com")] }), RunMode.Apply);

        Assert.Equal(["DELETE ops@example.com", "POST noc@example.com enabled=true", "POST ops@example.com enabled=true"], harness.Model.WriteLog.Entries.Where(w => w.Name == PureLabModel.WatchersProperty).Select(w => w.Value));
    }

    [Fact]
    public async Task RefusedValue_IsRejected_WithErrorsZeroMessage()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("bad host!"))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpRelay]);
        var error = Assert.Single(response.Diagnostics);
        Assert.Equal(("pure.rejected", "smtp.relay"), (error.Code, error.Path));
        Assert.Contains("Invalid relay host 'bad host!'.", error.Summary, StringComparison.Ordinal);
        Assert.Equal(string.Empty, harness.Model.Smtp.RelayHost);
    }

    [Fact]
    public async Task TestMessage_ReportsEachWatchersSuccess_AndTheMailsReachTheCapture()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Lab.Capture.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Equal("storage@example.com: success; ops@example.com: success", response.DeviceResult);
        Assert.Equal(["ops@example.com", "storage@example.com"], harness.Lab.Capture.Messages.SelectMany(m => m.EnvelopeTo).Order());
        Assert.All(harness.Lab.Capture.Messages, m => Assert.Equal("lab-https-01@example.com", m.EnvelopeFrom));
        Assert.DoesNotContain(harness.Lab.Capture.Messages, m => m.EnvelopeTo.Contains(PureLabWatcher.Vendor));
    }

    [Fact]
    public async Task TestMessage_RelayNobodyAnswers_ReportsResultDetailsPerWatcher()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(With(d => d with { RelayAddress = "10.6.0.99" }), RunMode.Apply);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        Assert.Equal(2, response.Diagnostics.Count(d => d.Code == "pure.testFailed"));
        Assert.Contains("storage@example.com: failed (Failed to send the test alert", response.DeviceResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canary_QuotedByTheArray_IsScrubbed_FromEveryDiagnostic()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.LabDevice.Faults.RejectedObjects.Add("password");
        harness.LabDevice.Faults.QuoteSecretsInErrors = true;

        var result = await RunAsync(harness.Target, RunMode.Apply);
        harness.LabDevice.Faults.Clear();

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        var text = string.Join("\n", result.Diagnostics.Select(d => $"{d.Summary} {d.Detail}"));
        Assert.Contains("Invalid value '***' for password", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        Assert.DoesNotContain("lab-http-pass-2f8c", text, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Model.WriteLog.Entries, w => w.Value.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public void Descriptor_LocalPartAndDomain_ListRecipients_SeverityByHand()
    {
        var d = PureDescriptor.Value;

        Assert.Equal(("pure.flasharray", 443, "san"), (d.Id, d.DefaultPort, d.Hints!.Kind));
        Assert.Equal(SenderModelKind.LocalPartAndDomain, d.Sender.Kind);
        Assert.Equal(RecipientModelKind.List, d.Recipients.Kind);
        Assert.Equal(SettingAccess.ReadOnly, d.Find(SettingKey.AlertsMinimumSeverity)!.Access);
        Assert.NotNull(d.Find(SettingKey.AlertsMinimumSeverity)!.ManualStep);
        Assert.Equal(["none", "starttls"], d.Find(SettingKey.SmtpSecurity)!.Constraints.AllowedValues);
    }
}
