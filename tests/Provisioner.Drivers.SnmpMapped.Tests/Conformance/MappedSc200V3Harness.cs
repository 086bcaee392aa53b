using Provisioner.Abstractions;

namespace Provisioner.Drivers.SnmpMapped.Tests.Conformance;

/// <summary>The mapped SC200 over SNMPv3 authPriv (SHA-256, AES-128).</summary>
public sealed class MappedSc200V3Harness : MappedSc200Harness
{
    protected override SnmpVersion Version => SnmpVersion.V3;
}
