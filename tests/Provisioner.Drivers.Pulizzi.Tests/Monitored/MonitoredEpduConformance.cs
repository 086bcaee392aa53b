using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Pulizzi.Tests;

public sealed class MonitoredEpduV2cConformance(MonitoredEpduV2cHarness harness) : DriverConformanceTests<MonitoredEpduV2cHarness>(harness);

public sealed class MonitoredEpduV3Conformance(MonitoredEpduV3Harness harness) : DriverConformanceTests<MonitoredEpduV3Harness>(harness);
