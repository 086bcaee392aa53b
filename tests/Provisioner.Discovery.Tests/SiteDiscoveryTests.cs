using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Sc200;
using Provisioner.Lab.Hosting;

namespace Provisioner.Discovery.Tests;

public sealed class SiteDiscoveryTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "at most a /16")]
    [InlineData("10.0.0.0/33", "not an IPv4 CIDR range")]
    public void ParseRanges_BadRange_SaysWhy(string range, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => SiteDiscovery.ParseRanges([range]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRanges_None_AsksForOne()
    {
        Assert.Contains("at least one --range", Assert.Throws<ArgumentException>(() => SiteDiscovery.ParseRanges([])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanAsync_LabSc200_IdentifiesItWithItsHints()
    {
        var spec = new LabDeviceSpec("dc-01", Sc200Descriptor.Id, "10.6.99.1") { Communities = ["lab-discovery-c1"] };
        await using var lab = await LabHost.StartAsync([spec], new LabHostOptions { AddressRange = 91, PreferredSnmpPort = null }, CancellationToken.None);
        var device = Assert.Single(lab.Devices);
        var request = new DiscoveryRequest
        {
            Ranges = SiteDiscovery.ParseRanges([$"{device.Endpoint.Address}/32"]),
            Credentials = new CredentialSet { Name = "lab", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "LAB") } },
            Secrets = new Testing.Fakes.DictionarySecretResolver().Add("env:LAB", "lab-discovery-c1"),
            Port = device.Endpoint.Port,
            Timeout = TimeSpan.FromSeconds(2),
        };

        var scan = await SiteDiscovery.ScanAsync(request, [Sc200Descriptor.Value], CancellationToken.None);

        var found = Assert.Single(scan.Devices);
        Assert.Equal((1, 1), (scan.Probed, scan.Identified));
        Assert.Equal(Sc200Descriptor.Id, found.DriverId);
        Assert.Equal(Sc200Descriptor.Value.Hints, found.Driver!.Hints);
    }
}
