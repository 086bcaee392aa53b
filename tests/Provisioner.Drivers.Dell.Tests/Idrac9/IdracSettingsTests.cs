using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Dell.Idrac9;
using Provisioner.Drivers.Dell.Tests.Conformance;

namespace Provisioner.Drivers.Dell.Tests.Idrac9;

/// <summary>Reads, writes and the quirks of the iDRAC attributes.</summary>
public sealed class IdracSettingsTests(IdracLabHarness harness) : IdracTestBase(harness)
{
    [Fact]
    public async Task Apply_FromFactory_WritesOnlyDifferingAttributesInOnePatch()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var patches = Harness.Model.PatchCount;

        var result = await RunAsync(Harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(patches + 1, Harness.Model.PatchCount);
        var written = Harness.Model.WriteLog.Entries.Select(w => w.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "EmailAlert.1.Address", "EmailAlert.1.Enable", "EmailAlert.2.Address", "EmailAlert.2.Enable",
                Endpoints.AlertEnable, Endpoints.ConnectionEncryption, Endpoints.SmtpServer, Endpoints.SenderEmail,
            ],
            written);
        Assert.Equal("None", Harness.Model.Attribute(Endpoints.ConnectionEncryption)!.GetValue<string>());
    }

    [Fact]
    public async Task Plan_FiveRecipients_CannotBeHeld_ClearDiagnosticNothingWritten()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var five = Enumerable.Range(1, 5).Select(i => new Recipient($"alerts-{i}@contoso.com")).ToList();
        var target = Harness.Target with { Desired = Harness.Target.Desired with { Recipients = five } };

        var result = await RunAsync(target, RunMode.Apply);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Path == SettingKey.SmtpRecipients.Name && d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("holds 4 recipient", diagnostic.Detail, StringComparison.Ordinal);
        Assert.Empty(Harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task Write_FiveRecipientsDirectly_RejectedByTheDriver_NothingSent()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var five = new RecipientsValue([.. Enumerable.Range(1, 5).Select(i => new Recipient($"alerts-{i}@contoso.com"))]);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRecipients, five), new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpRecipients]);
        Assert.Equal(WriteStatus.NotAttempted, write.Statuses[SettingKey.SmtpPort]);
        Assert.Contains(write.Diagnostics, d => d.Code == "idrac.tooManyRecipients");
        Assert.Empty(Harness.Model.WriteLog.Entries);
    }

    [Theory]
    [InlineData(70000)]
    [InlineData(0)]
    public async Task Write_PortOutsideTheRegistryBounds_RejectedBeforeSending(int port)
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(port))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpPort]);
        var d = Assert.Single(write.Diagnostics);
        Assert.Equal(("idrac.registryRefuses", SettingKey.SmtpPort.Name), (d.Code, d.Path));
        Assert.Contains("1..65535", d.Detail, StringComparison.Ordinal);
        Assert.Empty(Harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task Write_FromLongerThanTheRegistryAllows_RejectedBeforeSending()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpFrom, new TextValue(new string('b', 60) + "@contoso.com"))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpFrom]);
        Assert.Contains("at most 64 characters", Assert.Single(write.Diagnostics).Detail, StringComparison.Ordinal);
        Assert.Empty(Harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task Write_DeviceRefusesAnAttribute_RejectedNamingTheSetting_RestNotAttempted()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Harness.LabDevice.Faults.RejectedObjects.Add(Endpoints.SmtpServer);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.25")), new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpRelay]);
        Assert.Equal(WriteStatus.NotAttempted, write.Statuses[SettingKey.SmtpPort]);
        var d = Assert.Single(write.Diagnostics);
        Assert.Equal(("idrac.rejected", SettingKey.SmtpRelay.Name), (d.Code, d.Path));
        Assert.Contains("PropertyValueFormatError", d.Detail, StringComparison.Ordinal);
        Assert.Equal(25L, (long)Harness.Model.Attribute(Endpoints.SmtpPort)!);
    }

    [Fact]
    public async Task Write_Tls_UsesTheValueTheRegistryOffers()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpSecurity, new SecurityValue(SmtpSecurity.Tls))] }, CancellationToken.None);
        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpSecurity } }, CancellationToken.None);

        Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpSecurity]);
        Assert.Equal("SSL/TLS", Harness.Model.Attribute(Endpoints.ConnectionEncryption)!.GetValue<string>());
        Assert.Equal(new Observed.Known(new SecurityValue(SmtpSecurity.Tls)), read.Values[SettingKey.SmtpSecurity]);
    }

    [Fact]
    public async Task Password_WrittenButReadsWriteOnly_NeverInDiagnostics()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var secret = new Secret("smtp-canary-6b1f");

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpAuthUser, new TextValue("idrac")), new SettingChange(SettingKey.SmtpAuthPassword, new SecretValue(secret))] }, CancellationToken.None);
        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpAuthPassword, SettingKey.SmtpAuthUser } }, CancellationToken.None);

        Assert.All(write.Statuses.Values, s => Assert.Equal(WriteStatus.Applied, s));
        Assert.True(Harness.Model.HasPassword("smtp-canary-6b1f"));
        Assert.IsType<Observed.WriteOnly>(read.Values[SettingKey.SmtpAuthPassword]);
        Assert.Equal(new Observed.Known(new TextValue("idrac")), read.Values[SettingKey.SmtpAuthUser]);
        Assert.Contains(Harness.Model.WriteLog.Entries, w => w.Name == Endpoints.SmtpPassword && w.Value == "***");
    }

    [Fact]
    public async Task Password_RefusedByTheDevice_RejectedWithoutTheSecretInAnyText()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Harness.LabDevice.Faults.RejectedObjects.Add(Endpoints.SmtpPassword);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpAuthPassword, new SecretValue(new Secret("smtp-canary-6b1f")))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, write.Statuses[SettingKey.SmtpAuthPassword]);
        var d = Assert.Single(write.Diagnostics);
        Assert.Equal(SettingKey.SmtpAuthPassword.Name, d.Path);
        Assert.DoesNotContain("smtp-canary-6b1f", $"{d.Summary} {d.Detail} {d}", StringComparison.Ordinal);
        Assert.False(Harness.Model.HasPassword("smtp-canary-6b1f"));
    }

    [Fact]
    public async Task Plan_OlderGenerationWithoutSenderEmail_FromIsNotSupported()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Harness.Model.DropAttributes(Endpoints.SenderEmail, Endpoints.ConnectionEncryption);

        var plan = await RunAsync(Harness.Target, RunMode.Plan);

        Assert.Equal(ComparisonKind.NotSupported, plan.Before.Single(c => c.Key == SettingKey.SmtpFrom).Kind);
        Assert.Contains(plan.Diagnostics, d => d.Path == SettingKey.SmtpFrom.Name && d.Detail.Contains(Endpoints.SenderEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_MinimumSeverityOtherThanDefault_IsAManualStepWithTheWebUiPath()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var target = Harness.Target with { Desired = Harness.Target.Desired with { MinimumSeverity = AlertSeverity.Critical } };

        var plan = await RunAsync(target, RunMode.Plan);

        var step = Assert.Single(plan.ManualSteps);
        Assert.Equal(SettingKey.AlertsMinimumSeverity, step.Key);
        Assert.Contains("Configuration › System Settings › Alert Configuration", step.Where, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_DeviceRequiresIfMatch_PatchCarriesTheEtagAndSucceeds()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Harness.Model.RequireIfMatch = true;
        try
        {
            var result = await RunAsync(Harness.Target, RunMode.Apply);

            Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        }
        finally
        {
            Harness.Model.RequireIfMatch = false;
        }
    }

    [Fact]
    public async Task Write_EtagStaleAtPatch_RereadsAndRetriesOnce()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        Harness.Model.EditBeforeNextPatch = (Endpoints.SenderEmail, "someone@contoso.com");
        var patches = Harness.Model.PatchCount;

        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(587))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpPort]);
        Assert.Equal(patches + 2, Harness.Model.PatchCount);
        Assert.Equal(587L, (long)Harness.Model.Attribute(Endpoints.SmtpPort)!);
        Assert.Equal("someone@contoso.com", Harness.Model.Attribute(Endpoints.SenderEmail)!.GetValue<string>());
    }
}
