using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Mapping;

namespace Provisioner.Drivers.Eaton.Tests.Mapping;

public sealed class SeverityMappingTests
{
    [Theory]
    [InlineData(AlertSeverity.Warning, 1)]
    [InlineData(AlertSeverity.Minor, 2)]
    [InlineData(AlertSeverity.Major, 3)]
    [InlineData(AlertSeverity.Critical, 5)]
    public void ToWire_ThenFromWire_RoundTrips(AlertSeverity severity, int wire)
    {
        Assert.Equal(wire, (int?)SeverityMapping.ToWire(severity));
        Assert.Equal(severity, SeverityMapping.FromWire(wire));
    }

    [Fact]
    public void ToWire_Informational_HasNoSc200Level() => Assert.Null(SeverityMapping.ToWire(AlertSeverity.Informational));

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    [InlineData(6)]
    public void FromWire_NoneOrOutOfRange_IsNull(int wire) => Assert.Null(SeverityMapping.FromWire(wire));
}
