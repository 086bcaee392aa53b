using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.DotHill.Tests;

public sealed class MsaConformance(MsaHarness harness) : DriverConformanceTests<MsaHarness>(harness);
