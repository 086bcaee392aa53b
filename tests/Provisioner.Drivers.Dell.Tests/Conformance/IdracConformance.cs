using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Dell.Tests.Conformance;

public sealed class IdracConformance(IdracLabHarness harness) : DriverConformanceTests<IdracLabHarness>(harness);
