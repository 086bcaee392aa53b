using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Mail.Tests;

public sealed class MailSideCheckerTests
{
    private static MailSide Side => SampleMailSide.Create();

    private static MailSide WithDevice(Func<MailDevice, MailDevice> change)
    {
        var side = Side;
        return side with { Devices = [change(side.Devices[0])] };
    }

    [Fact]
    public void Check_SampleSide_IsClean()
    {
        Assert.Empty(MailSideChecker.Check(Side));
    }

    [Fact]
    public void Check_DeviceOutsideRanges_ErrorAtTheAddressWithTheRanges()
    {
        var diagnostic = Assert.Single(MailSideChecker.Check(WithDevice(d => d with { Address = "10.7.1.1" })));

        Assert.Equal(MailCheckCodes.DeviceOutsideRelayRanges, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("UPS-NY-01", diagnostic.Device);
        Assert.Equal(new SourceLocation("sites/newyork.yaml", 12, 18), diagnostic.Source);
        Assert.Contains("10.6.0.0/16, 10.8.0.0/16", diagnostic.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeviceInsideSecondRange_IsClean()
    {
        Assert.Empty(MailSideChecker.Check(WithDevice(d => d with { Address = "10.8.255.254" })));
    }

    [Fact]
    public void Check_Ipv6DeviceInsideIpv6Range_IsClean()
    {
        var side = WithDevice(d => d with { Address = "fd00:6::11" });
        side = side with { Relay = side.Relay with { AllowedRanges = [IPNetwork.Parse("fd00:6::/64")] } };

        Assert.Empty(MailSideChecker.Check(side));
    }

    [Fact]
    public void Check_DeviceAddressIsHostName_Warning()
    {
        var diagnostic = Assert.Single(MailSideChecker.Check(WithDevice(d => d with { Address = "ups-ny-01.contoso.com" })));

        Assert.Equal(MailCheckCodes.DeviceAddressNotIp, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Check_DeviceUsesOtherRelay_WarningInsteadOfRangeCheck()
    {
        var diagnostic = Assert.Single(MailSideChecker.Check(WithDevice(d => d with { RelayAddress = "10.6.0.26", Address = "172.16.0.1" })));

        Assert.Equal(MailCheckCodes.DeviceUsesOtherRelay, diagnostic.Code);
    }

    [Fact]
    public void Check_RecipientNotAGroup_ErrorNamingTheSlot()
    {
        var diagnostic = Assert.Single(MailSideChecker.Check(WithDevice(d => d with { Recipients = ["alerts-power@contoso.com", "alerts-newyork-power@contoso.com"] })));

        Assert.Equal(MailCheckCodes.RecipientNotGroup, diagnostic.Code);
        Assert.Equal("recipients[1]", diagnostic.Path);
        Assert.Contains("alerts-newyork-power@contoso.com", diagnostic.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RecipientDiffersOnlyInCase_IsClean()
    {
        Assert.Empty(MailSideChecker.Check(WithDevice(d => d with { Recipients = ["Alerts-Power@Contoso.com"] })));
    }

    [Fact]
    public void Check_GroupWithoutSharedMailbox_ErrorAtTheGroup()
    {
        var side = Side;
        side = side with { Groups = [side.Groups[0] with { Members = ["it-team@contoso.com"] }, .. side.Groups.Skip(1)] };

        var diagnostic = Assert.Single(MailSideChecker.Check(side));

        Assert.Equal(MailCheckCodes.GroupWithoutSharedMailbox, diagnostic.Code);
        Assert.Equal(new SourceLocation("org.yaml", 20, 3), diagnostic.Source);
    }

    [Theory]
    [InlineData("alerts-power@contoso.com")]
    [InlineData("administrator@contoso.com")]
    [InlineData("facilities@contoso.com")]
    [InlineData("2695555555@VTEXT.com")]
    public void Check_SenderIsDeliverable_Error(string sender)
    {
        var diagnostic = Assert.Single(MailSideChecker.Check(WithDevice(d => d with { FromAddress = sender })));

        Assert.Equal(MailCheckCodes.SenderDeliverable, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Check_CriticalGroupWithoutExternal_Warning()
    {
        var side = Side;
        side = side with { Groups = [.. side.Groups.Take(2), side.Groups[2] with { External = [] }] };

        var diagnostic = Assert.Single(MailSideChecker.Check(side));

        Assert.Equal(MailCheckCodes.CriticalGroupWithoutExternal, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Check_NoRanges_ErrorAndNoPerDeviceRangeErrors()
    {
        var side = Side with { Relay = Side.Relay with { AllowedRanges = [] } };

        var diagnostic = Assert.Single(MailSideChecker.Check(side));

        Assert.Equal(MailCheckCodes.NoRelayRanges, diagnostic.Code);
    }

    [Fact]
    public void Check_RelayWithoutHostname_Warning()
    {
        var side = Side with { Relay = Side.Relay with { Hostname = null } };

        Assert.Equal(MailCheckCodes.RelayHostnameMissing, Assert.Single(MailSideChecker.Check(side)).Code);
    }

    [Fact]
    public void Check_DisabledDeviceOutsideRanges_IsNotChecked()
    {
        Assert.Empty(MailSideChecker.Check(WithDevice(d => d with { Address = "10.7.1.1", Enabled = false })));
    }
}
