using Provisioner.Abstractions;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class IdentityCheckTests
{
    private static readonly IdentityRule Sc200 = new() { SysObjectIdPrefix = "1.3.6.1.4.1.1918.2.13", SysDescrPattern = "^SC200 Controller" };

    [Fact]
    public void Of_MatchingDevice_Matches()
    {
        var check = IdentityCheck.Of(Sc200, new IdentifyResponse { SysObjectId = "1.3.6.1.4.1.1918.2.13", SysDescr = "SC200 Controller - software version 4.04" });

        Assert.True(check.Matches);
        Assert.Empty(check.Reason);
    }

    [Fact]
    public void Of_NetSnmpLinux_SaysWhichPartsFailed()
    {
        var check = IdentityCheck.Of(Sc200, new IdentifyResponse { SysObjectId = "1.3.6.1.4.1.8072.3.2.10", SysDescr = "Linux nas0 3.2.101" });

        Assert.False(check.Matches);
        Assert.Equal("sysObjectID 1.3.6.1.4.1.8072.3.2.10 is not under 1.3.6.1.4.1.1918.2.13; sysDescr 'Linux nas0 3.2.101' does not match /^SC200 Controller/", check.Reason);
    }

    [Fact]
    public void Of_PrefixMatchesOnlyAtArcBoundary()
    {
        var check = IdentityCheck.Of(Sc200 with { SysDescrPattern = null }, new IdentifyResponse { SysObjectId = "1.3.6.1.4.1.1918.2.130" });

        Assert.False(check.Matches);
        Assert.StartsWith("sysObjectID 1.3.6.1.4.1.1918.2.130 is not under", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NoRule_AcceptsAnyDevice() => Assert.True(IdentityCheck.Of(null, new IdentifyResponse()).Matches);
}
