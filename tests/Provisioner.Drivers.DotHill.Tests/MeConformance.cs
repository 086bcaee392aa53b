using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.DotHill.Tests;

public sealed class MeConformance(MeHarness harness) : DriverConformanceTests<MeHarness>(harness);
