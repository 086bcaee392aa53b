namespace Provisioner.Snmp.Tests.Interop;

public sealed class NetSnmpBinariesTests
{
    [Fact]
    public void Tool_Missing_FailsWithInstallHintInsteadOfSkipping()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NetSnmpBinaries.Tool("snmp-no-such-tool"));

        Assert.Contains("sudo apt-get install snmp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snmpd_Installed_IsFound()
    {
        Assert.True(File.Exists(NetSnmpBinaries.Snmpd));
    }
}
