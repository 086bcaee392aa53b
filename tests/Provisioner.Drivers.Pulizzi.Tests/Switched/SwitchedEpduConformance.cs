using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Pulizzi.Tests;

public sealed class SwitchedEpduV2cConformance(SwitchedEpduV2cHarness harness) : DriverConformanceTests<SwitchedEpduV2cHarness>(harness);

public sealed class SwitchedEpduV3Conformance(SwitchedEpduV3Harness harness) : DriverConformanceTests<SwitchedEpduV3Harness>(harness);
