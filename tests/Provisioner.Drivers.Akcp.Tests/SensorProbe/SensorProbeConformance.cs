using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Akcp.Tests;

public sealed class SensorProbeV2cConformance(SensorProbeV2cHarness harness) : DriverConformanceTests<SensorProbeV2cHarness>(harness);

public sealed class SensorProbeV3Conformance(SensorProbeV3Harness harness) : DriverConformanceTests<SensorProbeV3Harness>(harness);
