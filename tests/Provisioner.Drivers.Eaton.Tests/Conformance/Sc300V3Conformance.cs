using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

public sealed class Sc300V3Conformance(Sc300V3Harness harness) : DriverConformanceTests<Sc300V3Harness>(harness);
