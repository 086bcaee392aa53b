using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;

namespace Provisioner.Drivers.SnmpMapped.Tests.Loading;

/// <summary>Mapping files name settings by canonical key; the old short names are still read, each with a positioned warning.</summary>
public sealed class LegacyNameTests
{
    private const string Canonical = """
        id: acme-ups
        vendor: Acme
        models: [UPS-1]
        identity: { sys_object_id: 1.3.6.1.4.1.99999.1 }
        settings:
          smtp.relay: { oid: 1.3.6.1.4.1.99999.2.1.0, type: ipaddress }
          smtp.auth.user: { oid: 1.3.6.1.4.1.99999.2.2.0, type: string }
          alerts.minimum_severity: { oid: 1.3.6.1.4.1.99999.2.3.0, type: integer, values: { warning: 1, critical: 2 } }
        write_order: [smtp.relay, smtp.auth.user, alerts.minimum_severity]
        manual_steps:
          smtp.from: { what: Set the sender, where: Web UI > Email }
        """;

    private const string Legacy = """
        id: acme-ups
        vendor: Acme
        models: [UPS-1]
        identity: { sys_object_id: 1.3.6.1.4.1.99999.1 }
        settings:
          relay: { oid: 1.3.6.1.4.1.99999.2.1.0, type: ipaddress }
          auth_user: { oid: 1.3.6.1.4.1.99999.2.2.0, type: string }
          minimum_severity: { oid: 1.3.6.1.4.1.99999.2.3.0, type: integer, values: { warning: 1, critical: 2 } }
        write_order: [relay, auth_user, minimum_severity]
        manual_steps:
          from: { what: Set the sender, where: Web UI > Email }
        """;

    [Fact]
    public void Parse_CanonicalKeys_IsCleanAndMapsEverySetting()
    {
        var result = MappingLoader.Parse("acme.yaml", Canonical);

        Assert.Empty(result.Diagnostics);
        var mapping = result.Definition!;
        Assert.Equal([SettingKey.SmtpRelay, SettingKey.SmtpAuthUser, SettingKey.AlertsMinimumSeverity], mapping.Scalars.Keys.OrderBy(k => k.Order));
        Assert.Equal([SettingKey.SmtpRelay, SettingKey.SmtpAuthUser, SettingKey.AlertsMinimumSeverity], mapping.WriteOrder);
        Assert.Equal(SettingKey.SmtpFrom, Assert.Single(mapping.ManualSteps).Key);
    }

    [Fact]
    public void Parse_OldShortNames_GiveTheSameMappingWithAWarningPerName()
    {
        var canonical = MappingLoader.Parse("acme.yaml", Canonical).Definition!;
        var result = MappingLoader.Parse("acme.yaml", Legacy);

        Assert.NotNull(result.Definition);
        Assert.Equal(canonical.WriteOrder, result.Definition.WriteOrder);
        Assert.Equal(canonical.Scalars.Keys.OrderBy(k => k.Order), result.Definition.Scalars.Keys.OrderBy(k => k.Order));
        Assert.Equal(canonical.Scalars[SettingKey.AlertsMinimumSeverity].Values!.Entries, result.Definition.Scalars[SettingKey.AlertsMinimumSeverity].Values!.Entries);
        Assert.Equal(canonical.ManualSteps, result.Definition.ManualSteps);
        Assert.Empty(result.Diagnostics.Errors);
        Assert.All(result.Diagnostics, d => Assert.Equal(MappingDiagnosticCodes.LegacyName, d.Code));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(7, result.Diagnostics.Count);
    }

    [Theory]
    [InlineData("relay", "smtp.relay", 6, 3)]
    [InlineData("auth_user", "smtp.auth.user", 7, 3)]
    [InlineData("minimum_severity", "alerts.minimum_severity", 8, 3)]
    [InlineData("relay", "smtp.relay", 9, 15)]
    [InlineData("auth_user", "smtp.auth.user", 9, 22)]
    [InlineData("minimum_severity", "alerts.minimum_severity", 9, 33)]
    [InlineData("from", "smtp.from", 11, 3)]
    public void Parse_OldShortName_WarningNamesTheCanonicalKeyAndFileLineColumn(string old, string canonical, int line, int column)
    {
        var result = MappingLoader.Parse("acme.yaml", Legacy);

        var warning = Assert.Single(result.Diagnostics, d => d.Source == new SourceLocation("acme.yaml", line, column));
        Assert.Equal(MappingDiagnosticCodes.LegacyName, warning.Code);
        Assert.Equal($"'{old}' is the old name of {canonical}", warning.Summary);
        Assert.Contains($"acme.yaml:{line}:{column}: write '{canonical}'", warning.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SettingUnderItsOldAndItsCanonicalName_IsAnError()
    {
        var text = Canonical.Replace("  smtp.auth.user:", "  relay: { oid: 1.3.6.1.4.1.99999.2.9.0, type: ipaddress }\n  smtp.auth.user:", StringComparison.Ordinal);

        var result = MappingLoader.Parse("acme.yaml", text);

        var error = Assert.Single(result.Diagnostics.Errors);
        Assert.Equal(MappingDiagnosticCodes.Invalid, error.Code);
        Assert.Contains("maps smtp.relay a second time", error.Summary, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("acme.yaml", 7, 3), error.Source);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Parse_MisspeltCanonicalKey_SuggestsTheCanonicalKey()
    {
        var result = MappingLoader.Parse("acme.yaml", Canonical.Replace("  smtp.relay:", "  smtp.rela:", StringComparison.Ordinal));

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.UnknownKey);
        Assert.Contains("Did you mean 'smtp.relay'?", unknown.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingNames_EveryOldNameStandsForACanonicalKey() =>
        Assert.Equal(MappingNames.Settings.Values.OrderBy(k => k.Order), MappingNames.LegacySettings.Values.OrderBy(k => k.Order));
}
