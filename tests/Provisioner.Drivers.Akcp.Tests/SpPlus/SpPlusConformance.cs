using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Akcp.Tests;

public sealed class SpPlusV2cConformance(SpPlusV2cHarness harness) : DriverConformanceTests<SpPlusV2cHarness>(harness);

public sealed class SpPlusV3Conformance(SpPlusV3Harness harness) : DriverConformanceTests<SpPlusV3Harness>(harness);
