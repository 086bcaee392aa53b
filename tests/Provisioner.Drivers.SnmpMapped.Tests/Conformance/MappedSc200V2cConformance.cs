using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.SnmpMapped.Tests.Conformance;

/// <summary>The shared conformance suite over the SC200 mapping, SNMPv2c.</summary>
public sealed class MappedSc200V2cConformance(MappedSc200V2cHarness harness) : DriverConformanceTests<MappedSc200V2cHarness>(harness);
