using Provisioner.Drivers.Eaton.Sc200;
using Provisioner.Lab.Hosting;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The eaton.sc200 driver against one lab SC200 on loopback.</summary>
/// <param name="addressRange">The lab's 127.x range.</param>
public abstract class Sc200LabHarness(byte addressRange) : EatonLabHarness(addressRange, client => new EatonSc200Driver(client))
{
    /// <inheritdoc/>
    protected override EatonObjectNames Names => EatonObjectNames.Sc200;

    /// <summary>The lab spec of the SC200 under test.</summary>
    /// <returns>The spec without credentials.</returns>
    protected static LabDeviceSpec Sc200Spec() => new("DCP-LAB-01", Sc200Descriptor.Id, "10.6.10.11");
}
