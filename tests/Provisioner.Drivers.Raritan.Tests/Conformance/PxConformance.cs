using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Raritan.Tests.Conformance;

public sealed class PxConformance(PxHarness harness) : DriverConformanceTests<PxHarness>(harness);
