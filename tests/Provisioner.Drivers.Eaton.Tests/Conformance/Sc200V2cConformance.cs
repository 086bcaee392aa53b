using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

public sealed class Sc200V2cConformance(Sc200V2cHarness harness) : DriverConformanceTests<Sc200V2cHarness>(harness);
