using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.SnmpMapped.Tests.Conformance;

/// <summary>The shared conformance suite over the SC200 mapping, SNMPv3 authPriv.</summary>
public sealed class MappedSc200V3Conformance(MappedSc200V3Harness harness) : DriverConformanceTests<MappedSc200V3Harness>(harness);
