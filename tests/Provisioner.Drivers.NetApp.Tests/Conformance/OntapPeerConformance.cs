using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.NetApp.Tests.Conformance;

public sealed class OntapPeerConformance(OntapHarness harness) : HttpsPeerConformanceTests<OntapHarness>(harness);
