using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpMapped.Tests.Loading;

public sealed class MappingLoaderTests
{
    private const string Valid = """
        id: acme-ups
        vendor: Acme
        models: [UPS-1]
        identity: { sys_object_id: 1.3.6.1.4.1.99999.1, sys_descr: '^Acme' }
        settings:
          smtp.relay: { oid: 1.3.6.1.4.1.99999.2.1.0, type: ipaddress }
          smtp.port: { oid: 1.3.6.1.4.1.99999.2.2.0, type: gauge }
          smtp.enabled: { oid: 1.3.6.1.4.1.99999.2.3.0, type: integer, values: { true: 1, false: 2 } }
          smtp.recipients: { slots: [1.3.6.1.4.1.99999.2.10.0, 1.3.6.1.4.1.99999.2.11.0], type: string }
        write_order: [smtp.relay, smtp.port, smtp.recipients, smtp.enabled]
        commit: { oid: 1.3.6.1.4.1.99999.2.99.0, type: integer, value: 1 }
        """;

    [Fact]
    public void Parse_ValidFile_BuildsDefinition()
    {
        var result = MappingLoader.Parse("acme.yaml", Valid);

        Assert.Empty(result.Diagnostics);
        var mapping = Assert.IsType<MappingDefinition>(result.Definition);
        Assert.Equal("mapped.acme-ups", mapping.DriverId);
        Assert.Equal("under 1.3.6.1.4.1.99999.1", Assert.Single(mapping.Identity.Details, d => d.Key == SnmpIdentityRule.SysObjectIdKey).Expectation);
        Assert.Equal(WireType.Gauge32, mapping.Scalars[SettingKey.SmtpPort].Type);
        Assert.True(mapping.Scalars[SettingKey.SmtpEnabled].Values!.TryToWire("false", out var off));
        Assert.Equal(2, off);
        Assert.Equal(2, mapping.Recipients!.Addresses.Count);
        Assert.Equal([SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpRecipients, SettingKey.SmtpEnabled], mapping.WriteOrder);
        Assert.Equal("1", mapping.Commit!.Value);
        Assert.Equal([DriverTransport.SnmpV2c, DriverTransport.SnmpV3], mapping.Transports);
    }

    [Theory]
    [InlineData("eaton-sc200.yaml")]
    [InlineData("acme-pdu-slots.yaml")]
    [InlineData("akcp-spplus.yaml")]
    public async Task LoadFileAsync_ShippedExamples_AreValid(string file)
    {
        var result = await MappingLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "examples", file), CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Definition);
    }

    [Fact]
    public void Parse_MisspeltKey_ReportsUnknownKeyWithSuggestionAndPosition()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("  smtp.relay: { oid:", "  smtp.relay: { oidd:", StringComparison.Ordinal));

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.UnknownKey);
        Assert.Contains("Did you mean 'oid'?", unknown.Detail, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("m.yaml", 6, 17), unknown.Source);
        Assert.Contains(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.MissingValue && d.Summary.Contains("'oid'", StringComparison.Ordinal));
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Parse_BadOid_ReportsBadOidAtTheValue()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("1.3.6.1.4.1.99999.2.2.0", "sysName.0", StringComparison.Ordinal));

        var bad = Assert.Single(result.Diagnostics);
        Assert.Equal(MappingDiagnosticCodes.BadOid, bad.Code);
        Assert.Equal(new SourceLocation("m.yaml", 7, 21), bad.Source);
    }

    [Fact]
    public void Parse_WrongShapes_ReportEachProblemInOneRun()
    {
        var text = Valid
            .Replace("models: [UPS-1]", "models: UPS-1", StringComparison.Ordinal)
            .Replace("value: 1 }", "value: on }", StringComparison.Ordinal)
            .Replace("type: gauge", "type: gauge64", StringComparison.Ordinal);

        var result = MappingLoader.Parse("m.yaml", text);

        Assert.Contains(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.WrongType && d.Summary.Contains("'models'", StringComparison.Ordinal) && d.Source!.Line == 3);
        Assert.Contains(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.Invalid && d.Summary.Contains("gauge64", StringComparison.Ordinal) && d.Detail.Contains("Did you mean 'gauge'?", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.Invalid && d.Summary.Contains("commit", StringComparison.Ordinal) && d.Source!.Line == 11);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Parse_MissingRequired_NamesEachMissingKey()
    {
        var result = MappingLoader.Parse("m.yaml", "id: x\nsettings: { relay: { oid: 1.3.6.1.4.1.1.0, type: ipaddress } }\n");

        var missing = result.Diagnostics.Where(d => d.Code == MappingDiagnosticCodes.MissingValue).Select(d => d.Summary).ToList();
        Assert.Contains(missing, s => s.Contains("'vendor'", StringComparison.Ordinal));
        Assert.Contains(missing, s => s.Contains("'models'", StringComparison.Ordinal));
        Assert.Contains(missing, s => s.Contains("'identity'", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal("m.yaml", d.Source!.File));
    }

    [Fact]
    public void Parse_EnumerationWithUnknownWord_SuggestsTheCanonicalWord()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("{ true: 1, false: 2 }", "{ true: 1, flase: 2 }", StringComparison.Ordinal));

        var bad = Assert.Single(result.Diagnostics);
        Assert.Contains("Did you mean 'false'?", bad.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EnumeratedSettingWithoutValues_IsMissingValues()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace(", values: { true: 1, false: 2 }", string.Empty, StringComparison.Ordinal));

        Assert.Contains(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.MissingValue && d.Summary.Contains("'values'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TypeThatDoesNotFitTheSetting_IsInvalid()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("type: ipaddress", "type: integer", StringComparison.Ordinal));

        var bad = Assert.Single(result.Diagnostics);
        Assert.Contains("does not fit settings.smtp.relay", bad.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RecipientsWithTwoLayouts_IsInvalid()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("recipients: { slots:", "recipients: { column: 1.3.6.1.4.1.9.1, rows: [1], slots:", StringComparison.Ordinal));

        Assert.Contains(result.Diagnostics, d => d.Summary.Contains("gives both", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WriteOrderNamingUnmappedSetting_IsInvalid()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("[smtp.relay, smtp.port, smtp.recipients, smtp.enabled]", "[smtp.relay, smtp.from]", StringComparison.Ordinal));

        var bad = Assert.Single(result.Diagnostics);
        Assert.Contains("'smtp.from'", bad.Summary, StringComparison.Ordinal);
        Assert.Equal(10, bad.Source!.Line);
    }

    [Fact]
    public void Parse_DuplicateKeyAndBadRegex_AreReported()
    {
        Assert.Equal(MappingDiagnosticCodes.Syntax, Assert.Single(MappingLoader.Parse("m.yaml", "id: a\nid: b\n").Diagnostics).Code);
        var regex = MappingLoader.Parse("m.yaml", Valid.Replace("'^Acme'", "'^Acme('", StringComparison.Ordinal));
        Assert.Contains("regular expression", Assert.Single(regex.Diagnostics).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryDuplicateKey_ReportedWithItsPosition()
    {
        var result = MappingLoader.Parse("m.yaml", "id: a\nvendor: Acme\nid: b\nvendor: Other\n");

        Assert.Equal([("m.yaml", 3, 1), ("m.yaml", 4, 1)], result.Diagnostics.Select(d => (d.Source!.File, d.Source.Line, d.Source.Column)));
        Assert.All(result.Diagnostics, d => Assert.Equal(MappingDiagnosticCodes.Syntax, d.Code));
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Parse_ZeroPaddedIpAddressValue_Refused()
    {
        var result = MappingLoader.Parse("m.yaml", Valid.Replace("type: integer, value: 1 }", "type: ipaddress, value: 010.0.0.1 }", StringComparison.Ordinal));

        Assert.Contains("'value' in commit is '010.0.0.1'", Assert.Single(result.Diagnostics).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadFileAsync_MissingFile_IsIoDiagnostic()
    {
        var result = await MappingLoader.LoadFileAsync(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.yaml"), CancellationToken.None);

        Assert.Equal(MappingDiagnosticCodes.Io, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Parse_ManualSteps_BecomeReadOnlySettingsWithTheStep()
    {
        var text = Valid.Replace("  smtp.recipients: { slots: [1.3.6.1.4.1.99999.2.10.0, 1.3.6.1.4.1.99999.2.11.0], type: string }\n", string.Empty, StringComparison.Ordinal)
            .Replace("[smtp.relay, smtp.port, smtp.recipients, smtp.enabled]", "[smtp.relay, smtp.port, smtp.enabled]", StringComparison.Ordinal)
            + "\nmanual_steps:\n  smtp.recipients: { what: Add the groups, where: Web UI > Email }\n";

        var result = MappingLoader.Parse("m.yaml", text);

        Assert.Empty(result.Diagnostics);
        var descriptor = new MappedSnmpDriver(result.Definition!).Descriptor;
        var recipients = descriptor.Find(SettingKey.SmtpRecipients)!;
        Assert.Equal(SettingAccess.ReadOnly, recipients.Access);
        Assert.Equal(new ManualStep(SettingKey.SmtpRecipients, "Add the groups", "Web UI > Email"), recipients.ManualStep);
        Assert.Empty(Provisioner.Testing.Conformance.DescriptorRules.Check(descriptor));
    }

    [Fact]
    public void Parse_SettingMappedAndManual_IsInvalid()
    {
        var result = MappingLoader.Parse("m.yaml", Valid + "\nmanual_steps:\n  smtp.relay: { what: x, where: y }\n");

        Assert.Contains("both mapped under 'settings' and listed under 'manual_steps'", Assert.Single(result.Diagnostics).Summary, StringComparison.Ordinal);
    }
}
