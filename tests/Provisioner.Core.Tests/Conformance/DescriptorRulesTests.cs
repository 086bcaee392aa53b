using Provisioner.Abstractions;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;

namespace Provisioner.Core.Tests.Conformance;

public sealed class DescriptorRulesTests
{
    private static readonly DriverDescriptor Valid = ScriptedDriver.DefaultDescriptor;

    [Fact]
    public void Check_ScriptedDescriptor_IsValid() => Assert.Empty(DescriptorRules.Check(Valid));

    [Fact]
    public void Check_DuplicateKey_IsReported() =>
        Assert.Contains(DescriptorRules.Check(Valid with { Settings = [.. Valid.Settings, Valid.Settings[0]] }), p => p.Contains("declared 2 times", StringComparison.Ordinal));

    [Fact]
    public void Check_PasswordNotWriteOnly_IsReported() =>
        Assert.Contains(
            DescriptorRules.Check(Valid with { Settings = [.. Valid.Settings.Select(s => s.Key == SettingKey.SmtpAuthPassword ? s with { Access = SettingAccess.ReadWrite } : s)] }),
            p => p.Contains("Sensitive and WriteOnly", StringComparison.Ordinal));

    [Fact]
    public void Check_ReadOnlyWithoutManualStep_IsReported() =>
        Assert.Contains(
            DescriptorRules.Check(Valid with { Settings = [.. Valid.Settings.Select(s => s.Key == SettingKey.SmtpPort ? s with { Access = SettingAccess.ReadOnly } : s)] }),
            p => p.Contains("ManualStep", StringComparison.Ordinal));

    [Fact]
    public void Check_RecipientSettingWithoutModel_IsReported() =>
        Assert.Contains(DescriptorRules.Check(Valid with { Recipients = RecipientModel.None }), p => p.Contains("recipient model", StringComparison.Ordinal));

    [Theory]
    [InlineData("Eaton.SC200")]
    [InlineData("scripted")] // the vendor's own name: no family
    [InlineData("eaton sc200")]
    public void Check_BadId_IsReported(string id) =>
        Assert.Contains(DescriptorRules.Check(Valid with { Id = id }), p => p.StartsWith("Id ", StringComparison.Ordinal));

    [Fact]
    public void Check_ProtocolNameOfAVendorNeutralDriver_IsAValidId() =>
        Assert.Empty(DescriptorRules.Check(Valid with { Id = "redfish", Vendor = "DMTF Redfish" }));

    [Fact]
    public async Task CheckCapabilities_DeclaredCommitButPlainSession_IsReported()
    {
        var harness = new ScriptedHarness();
        var request = new OpenRequest
        {
            DeviceName = harness.Target.Name,
            Address = harness.Target.Address,
            Credentials = harness.Target.Credentials,
            Secrets = harness.Secrets,
        };
        await using var session = await harness.Driver.OpenAsync(request, CancellationToken.None);

        var problems = DescriptorRules.CheckCapabilities(Valid with { Capabilities = DriverCapabilities.Commit }, session);

        Assert.Equal("Capability Commit is declared but the session does not implement ISupportsCommit.", Assert.Single(problems));
    }
}
