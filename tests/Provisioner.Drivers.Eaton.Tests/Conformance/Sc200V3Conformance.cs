using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

public sealed class Sc200V3Conformance(Sc200V3Harness harness) : DriverConformanceTests<Sc200V3Harness>(harness);
