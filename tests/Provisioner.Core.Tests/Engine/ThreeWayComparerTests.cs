using Provisioner.Abstractions;
using Provisioner.Testing.Fakes;

namespace Provisioner.Core.Tests.Engine;

public sealed class ThreeWayComparerTests
{
    private static readonly DriverDescriptor Descriptor = ScriptedDriver.DefaultDescriptor;

    private static ComparisonKind Compare(SettingKey key, SettingValue desired, Observed? observed)
    {
        var observations = observed is null ? new Dictionary<SettingKey, Observed>() : new Dictionary<SettingKey, Observed> { [key] = observed };
        return Assert.Single(ThreeWayComparer.Compare(new Dictionary<SettingKey, SettingValue> { [key] = desired }, observations, Descriptor, AlertSeverity.Warning)).Kind;
    }

    [Fact]
    public void Compare_SameValue_IsMatch() =>
        Assert.Equal(ComparisonKind.Match, Compare(SettingKey.SmtpRelay, new TextValue("10.6.0.25"), new Observed.Known(new TextValue("10.6.0.25"))));

    [Fact]
    public void Compare_OtherValue_Differs() =>
        Assert.Equal(ComparisonKind.Differs, Compare(SettingKey.SmtpRelay, new TextValue("10.6.0.25"), new Observed.Known(new TextValue("10.0.0.9"))));

    [Fact]
    public void Compare_WriteOnlyObservation_IsUnverifiable() =>
        Assert.Equal(ComparisonKind.Unverifiable, Compare(SettingKey.SmtpAuthPassword, new SecretValue(new Secret("x")), new Observed.WriteOnly()));

    [Fact]
    public void Compare_WriteOnlyDescriptorEvenIfDriverReturnsAValue_IsUnverifiable() =>
        Assert.Equal(ComparisonKind.Unverifiable, Compare(SettingKey.SmtpAuthPassword, new SecretValue(new Secret("x")), new Observed.Known(new SecretValue(new Secret("y")))));

    [Fact]
    public void Compare_NotSupportedObservation_IsNotSupported() =>
        Assert.Equal(ComparisonKind.NotSupported, Compare(SettingKey.SmtpPort, new IntegerValue(25), new Observed.NotSupported("no field")));

    [Fact]
    public void Compare_KeyMissingFromDescriptor_IsNotSupported()
    {
        var descriptor = Descriptor with { Settings = [.. Descriptor.Settings.Where(s => s.Key != SettingKey.SmtpSecurity)] };
        var result = ThreeWayComparer.Compare(
            new Dictionary<SettingKey, SettingValue> { [SettingKey.SmtpSecurity] = new SecurityValue(SmtpSecurity.Tls) },
            new Dictionary<SettingKey, Observed>(),
            descriptor,
            AlertSeverity.Warning);
        Assert.Equal(ComparisonKind.NotSupported, Assert.Single(result).Kind);
        Assert.True(result[0].NeedsAttention);
    }

    [Fact]
    public void Compare_AbsentAgainstEmptyDesired_IsMatch() =>
        Assert.Equal(ComparisonKind.Match, Compare(SettingKey.SmtpAuthUser, new TextValue(string.Empty), new Observed.Absent()));

    [Fact]
    public void Compare_AbsentAgainstValue_Differs() =>
        Assert.Equal(ComparisonKind.Differs, Compare(SettingKey.SmtpAuthUser, new TextValue("ups"), new Observed.Absent()));

    [Fact]
    public void Compare_ObservedEmailInOtherCase_IsMatchAfterNormalisation() =>
        Assert.Equal(ComparisonKind.Match, Compare(SettingKey.SmtpFrom, new TextValue("ups-ny-01@contoso.com"), new Observed.Known(new TextValue("UPS-NY-01@Contoso.com  "))));

    [Fact]
    public void Compare_RecipientOrderSwapped_Differs()
    {
        var a = new Recipient("a@contoso.com", AlertSeverity.Warning);
        var b = new Recipient("b@contoso.com", AlertSeverity.Warning);
        Assert.Equal(ComparisonKind.Differs, Compare(SettingKey.SmtpRecipients, new RecipientsValue([a, b]), new Observed.Known(new RecipientsValue([b, a]))));
    }
}
