using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Hpe.Tests.Conformance;

public sealed class IloConformance(IloLabHarness harness) : DriverConformanceTests<IloLabHarness>(harness);
