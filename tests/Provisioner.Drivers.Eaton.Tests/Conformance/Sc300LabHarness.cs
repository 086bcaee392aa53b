using Provisioner.Drivers.Eaton.Sc300;
using Provisioner.Lab.Hosting;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The eaton.sc300 driver against one lab SC300 on loopback.</summary>
/// <param name="addressRange">The lab's 127.x range.</param>
public abstract class Sc300LabHarness(byte addressRange) : EatonLabHarness(addressRange, client => new EatonSc300Driver(client))
{
    /// <inheritdoc/>
    protected override EatonObjectNames Names => EatonObjectNames.Sc300;

    /// <summary>The lab spec of the SC300 under test.</summary>
    /// <returns>The spec without credentials.</returns>
    protected static LabDeviceSpec Sc300Spec() => new("DCP-LAB-02", EatonSc300Driver.Id, "10.6.10.12");
}
