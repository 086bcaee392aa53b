using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrippLite.Tests;

public sealed class PowerAlert12V2cConformance(PowerAlert12V2cHarness harness) : DriverConformanceTests<PowerAlert12V2cHarness>(harness);

public sealed class PowerAlert12V3Conformance(PowerAlert12V3Harness harness) : DriverConformanceTests<PowerAlert12V3Harness>(harness);

public sealed class PowerAlert20V2cConformance(PowerAlert20V2cHarness harness) : DriverConformanceTests<PowerAlert20V2cHarness>(harness);

public sealed class PowerAlert20V3Conformance(PowerAlert20V3Harness harness) : DriverConformanceTests<PowerAlert20V3Harness>(harness);
