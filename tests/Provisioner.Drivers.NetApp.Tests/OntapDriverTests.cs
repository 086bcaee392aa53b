using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.NetApp.Tests.Conformance;
using Provisioner.Lab.Devices.NetApp;

namespace Provisioner.Drivers.NetApp.Tests;

public sealed class OntapDriverTests(OntapHarness harness) : IClassFixture<OntapHarness>
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

    private List<OntapLabDestination> Mine() => [.. harness.Model.Destinations.Where(d => d.Name.StartsWith("provisioner-mail-", StringComparison.Ordinal)).OrderBy(d => d.Name, StringComparer.Ordinal)];

    [Fact]
    public async Task IdentifyAsync_ReportsClusterNodeAndRelease()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("NetApp", "AFF-A250", "721924000123"), (id.Vendor, id.Model, id.Serial));
        Assert.StartsWith("NetApp Release 9.13.1", id.Firmware, StringComparison.Ordinal);
        Assert.Equal(("9.13.1", "lab-https-01"), (id.Detail("ontapVersion"), id.Detail("cluster")));
        Assert.True(OntapDescriptor.Value.Identity!.Matches(id));
    }

    [Fact]
    public async Task Apply_WritesMailSettingsAndOneDestinationPerRecipient_LeavesSnmpTraphostAlone()
    {
        await harness.ResetAsync(CancellationToken.None);

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        Assert.Equal(("10.6.0.25", "lab-https-01@example.com"), (harness.Model.MailServer, harness.Model.MailFrom));
        Assert.Equal(
            [("provisioner-mail-1", "email", "storage@example.com", "no-info-debug-events"), ("provisioner-mail-2", "email", "ops@example.com", "no-info-debug-events")],
            Mine().Select(d => (d.Name, d.Type, d.Destination, Assert.Single(d.Filters))));
        var traphost = Assert.Single(harness.Model.Destinations, d => d.Name == "snmp-traphost");
        Assert.Equal(("snmp", "default-trap-events"), (traphost.Type, Assert.Single(traphost.Filters)));
    }

    [Fact]
    public async Task MailServer983123_IsRejected_WithOntapsMessage()
    {
        await harness.ResetAsync(CancellationToken.None);

        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        harness.LabDevice.Faults.RejectedObjects.Add(OntapLabModel.MailServerProperty);
        var response = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.26")), new SettingChange(SettingKey.SmtpFrom, new TextValue("x@example.com"))] }, CancellationToken.None);
        harness.LabDevice.Faults.RejectedObjects.Clear();

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpRelay]);
        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpFrom]);
        var error = Assert.Single(response.Diagnostics);
        Assert.Equal(("ontap.rejected", "smtp.relay"), (error.Code, error.Path));
        Assert.Contains("The validation of the mail server provided failed", error.Summary, StringComparison.Ordinal);
        Assert.Contains("983123", error.Detail, StringComparison.Ordinal);
        Assert.Equal(("localhost", "admin@localhost"), (harness.Model.MailServer, harness.Model.MailFrom));
    }

    [Fact]
    public async Task DestinationOfAnotherType_IsDeletedAndRecreated_AddressChange_IsPatched()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.PutDestinationOutOfBand(new OntapLabDestination("provisioner-mail-1", "syslog", "10.9.9.9", ["important-events"]));
        harness.Model.PutDestinationOutOfBand(new OntapLabDestination("provisioner-mail-2", "email", "old@example.com", ["no-info-debug-events"]));
        harness.Model.PutDestinationOutOfBand(new OntapLabDestination("provisioner-mail-3", "email", "gone@example.com", ["no-info-debug-events"]));
        harness.Model.WriteLog.Clear();

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        var writes = harness.Model.WriteLog.Entries.Where(w => w.Name == OntapLabModel.DestinationsProperty).Select(w => w.Value).ToList();
        Assert.Equal(
            ["DELETE provisioner-mail-1", "POST provisioner-mail-1 email storage@example.com [no-info-debug-events]", "PATCH provisioner-mail-2 email ops@example.com [no-info-debug-events]", "DELETE provisioner-mail-3"],
            writes);
        Assert.Equal(["storage@example.com", "ops@example.com"], Mine().Select(d => d.Destination));
    }

    [Fact]
    public async Task PatchingType_IsRefusedByTheDevice_WithItsMessage()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.PutDestinationOutOfBand(new OntapLabDestination("provisioner-mail-1", "email", "a@example.com", ["no-info-debug-events"]));
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var client = new OntapClient(Transport.Http.DeviceHttpClientFactory.Create(Open(SessionMode.ReadWrite), new Transport.Http.DeviceHttpClientOptions()), "provisioner", new Secret("lab-http-pass-2f8c"));

        var answer = await client.SendAsync(System.Net.Http.HttpMethod.Patch, "/api/support/ems/destinations/provisioner-mail-1", new System.Text.Json.Nodes.JsonObject { ["type"] = "syslog" }, CancellationToken.None);
        client.Dispose();

        Assert.False(answer.Accepted);
        Assert.Equal(("262196", "type"), (answer.Error!.Code, answer.Error.Target));
        Assert.Contains("cannot be set in this operation", answer.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AlertSeverity.Informational, "provisioner-info-events")]
    [InlineData(AlertSeverity.Major, "provisioner-error-events")]
    [InlineData(AlertSeverity.Critical, "important-events")]
    public async Task MinimumSeverity_BindsTheFilter_CreatingTheDriversOwnOnce(AlertSeverity level, string filter)
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = With(d => d with { MinimumSeverity = level });

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(target, RunMode.Apply)).Outcome);
        harness.Model.WriteLog.Clear();
        var again = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Ok, again.Outcome);
        Assert.All(Mine(), d => Assert.Equal(filter, Assert.Single(d.Filters)));
        Assert.Equal(filter.StartsWith("provisioner-", StringComparison.Ordinal) ? 1 : 0, harness.Model.Filters.Count(f => f.Name == filter && !f.SystemDefined));
        Assert.Empty(harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task MinorSeverity_CannotBeHeld_StopsBeforeAnyCall()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(With(d => d with { MinimumSeverity = AlertSeverity.Minor }), RunMode.Apply);

        Assert.Contains(result.Diagnostics, d => d.Path == "alerts.minimum_severity" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task OwnFilterChangedByHand_IsDetectedAndRepaired()
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = With(d => d with { MinimumSeverity = AlertSeverity.Major });
        await RunAsync(target, RunMode.Apply);
        await using (var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None))
        {
            var client = new OntapClient(Transport.Http.DeviceHttpClientFactory.Create(Open(SessionMode.ReadWrite), new Transport.Http.DeviceHttpClientOptions()), "provisioner", new Secret("lab-http-pass-2f8c"));
            var rules = new System.Text.Json.Nodes.JsonObject { ["rules"] = FilterRules.For("emergency") };
            Assert.True((await client.SendAsync(System.Net.Http.HttpMethod.Patch, "/api/support/ems/filters/provisioner-error-events", rules, CancellationToken.None)).Accepted);
            client.Dispose();
        }

        var plan = await RunAsync(target, RunMode.Plan);
        Assert.Equal(ComparisonKind.Differs, Assert.Single(plan.Before, c => c.Key.Equals(SettingKey.AlertsMinimumSeverity)).Kind);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(target, RunMode.Apply)).Outcome);
        Assert.Equal(DeviceOutcome.Ok, (await RunAsync(target, RunMode.Plan)).Outcome);
    }

    [Fact]
    public async Task TestMessage_RaisesAnEmsEvent_ThatReachesTheLabCapture()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Lab.Capture.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest { Marker = "run-42" }, CancellationToken.None);
        await harness.Model.WhenIdleAsync();

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Contains("notice", response.DeviceResult, StringComparison.Ordinal);
        var mail = Assert.Single(harness.Lab.Capture.Messages);
        Assert.Equal(["ops@example.com", "storage@example.com"], mail.EnvelopeTo.Order());
        Assert.Equal("lab-https-01@example.com", mail.EnvelopeFrom);
    }

    [Fact]
    public async Task TestMessage_CriticalOnly_SendsAnAlertSeverityEvent()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(With(d => d with { MinimumSeverity = AlertSeverity.Critical }), RunMode.Apply);
        harness.Lab.Capture.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);
        await harness.Model.WhenIdleAsync();

        Assert.True(response.Sent);
        Assert.Contains("app.log.alert", Assert.Single(harness.Lab.Capture.Messages).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestMessage_WithoutDestinations_IsNotSent()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        Assert.Equal("ontap.noRecipients", Assert.Single(response.Diagnostics).Code);
    }

    [Fact]
    public async Task Disabled_DeletesOnlyTheDriversDestinations()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Model.PutDestinationOutOfBand(new OntapLabDestination("storage_admins", "email", "admins@example.com", ["important-events"]));

        var result = await RunAsync(With(d => d with { Enabled = false, Recipients = [] }), RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Empty(Mine());
        Assert.Equal(["snmp-traphost", "storage_admins"], harness.Model.Destinations.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Password_IsAManualStep_AndTheCanaryReachesNoDiagnosticNorTheDevice()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.LabDevice.Faults.RejectedObjects.Add(OntapLabModel.MailServerProperty);
        harness.LabDevice.Faults.QuoteSecretsInErrors = true;
        var target = With(d => d with { AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW") });

        var result = await RunAsync(target, RunMode.Apply);
        harness.LabDevice.Faults.Clear();

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        var text = string.Join("\n", result.Diagnostics.Select(d => $"{d.Summary} {d.Detail}")) + string.Join("\n", result.Changes.Select(c => c.ToString()));
        Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        Assert.DoesNotContain("lab-http-pass-2f8c", text, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Model.WriteLog.Entries, w => w.Value.Contains(Canary, StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Model.ExportState(), l => l.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public void Descriptor_ListRecipients_FullSender_SecurityNoneOnly()
    {
        var d = OntapDescriptor.Value;

        Assert.Equal(("netapp.ontap", DriverTransport.Https, 443, "san"), (d.Id, Assert.Single(d.Transports), d.DefaultPort, d.Hints!.Kind));
        Assert.Equal((RecipientModelKind.List, (int?)null), (d.Recipients.Kind, d.Recipients.MaxItems));
        Assert.Equal(SenderModelKind.FullAddress, d.Sender.Kind);
        Assert.Equal(["none"], d.Find(SettingKey.SmtpSecurity)!.Constraints.AllowedValues);
        Assert.NotNull(d.Find(SettingKey.SmtpAuthUser)!.ManualStep);
        Assert.NotNull(d.Find(SettingKey.SmtpAuthPassword)!.ManualStep);
    }
}
