using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Apc.Tests;

public sealed class NetBotzV2cConformance(NetBotzV2cHarness harness) : DriverConformanceTests<NetBotzV2cHarness>(harness);

public sealed class NetBotzV3Conformance(NetBotzV3Harness harness) : DriverConformanceTests<NetBotzV3Harness>(harness);
