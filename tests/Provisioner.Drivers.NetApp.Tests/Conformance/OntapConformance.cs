using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.NetApp.Tests.Conformance;

public sealed class OntapConformance(OntapHarness harness) : DriverConformanceTests<OntapHarness>(harness);
