using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

/// <summary>Addresses and names as the loader reads them from an inventory.</summary>
public sealed class AddressSyntaxTests
{
    [Theory]
    [InlineData("address: 10.20.1.11 }", "address: 10.20.1.011 }", "leading zeros")]
    [InlineData("address: 10.20.1.11 }", "address: 169083147 }", "four decimal parts")]
    [InlineData("address: 10.20.1.11 }", "address: \"ups 01.local\" }", "neither an IP address nor a host name")]
    [InlineData("address: 10.20.1.11 }", "address: \"[2001:db8::11]\" }", "brackets")]
    [InlineData("allowed_ranges: [10.20.0.0/16]", "allowed_ranges: [10.20.0.0/016]", "prefix length")]
    [InlineData("domain: fabrikam.com", "domain: fabrikam.com.", "ends with a '.'")]
    [InlineData("domain: fabrikam.com", "domain: fabrikam", "no '.'")]
    [InlineData("name: UPS-01,", "name: UPS..01,", "doubled")]
    [InlineData("  alerts-power:", "  alerts power:", "is not a local part")]
    [InlineData("members: [administrator@fabrikam.com, it@fabrikam.com]", "members: [administrator@fabrikam.com, \"it team@fabrikam.com\"]", "not an e-mail address")]
    [InlineData("name: Main office", "name: \"Main\\u202Eoffice\"", "\\u202e")]
    public void Load_BadValue_IsAnErrorWithItsLocation(string old, string replacement, string expected)
    {
        var result = Examples.LoadText(Examples.MinimalWith(old, replacement));

        Assert.Null(result.Inventory);
        var error = Assert.Single(result.Diagnostics.Errors, d => d.Summary.Contains(expected, StringComparison.Ordinal) || d.Detail.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("test.yaml", error.Source!.File);
    }

    [Theory]
    [InlineData("address: 10.20.1.11 }", "address: ups-01.fabrikam.com }", "ups-01.fabrikam.com")]
    [InlineData("address: 10.20.1.11 }", "address: \"2001:DB8:0:0::11\" }", "2001:db8::11")]
    public void Load_HostNameOrIpv6_KeptInCanonicalForm(string old, string replacement, string address)
    {
        var result = Examples.LoadText(Examples.MinimalWith(old, replacement).Replace("ranges: [10.20.0.0/16]", "ranges: [10.20.0.0/16, 2001:db8::/32]", StringComparison.Ordinal));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(address, result.Inventory!.Devices.Single(d => d.Name == "UPS-01").Address);
    }

    [Fact]
    public void Load_DeepNesting_IsASyntaxErrorNotACrash()
    {
        var result = Examples.LoadText("organisation: " + new string('[', 5000) + new string(']', 5000) + "\n");

        Assert.Equal(InventoryDiagnosticCodes.Syntax, Assert.Single(result.Diagnostics).Code);
    }
}
