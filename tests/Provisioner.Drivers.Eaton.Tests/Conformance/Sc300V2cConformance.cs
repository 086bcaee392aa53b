using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

public sealed class Sc300V2cConformance(Sc300V2cHarness harness) : DriverConformanceTests<Sc300V2cHarness>(harness);
