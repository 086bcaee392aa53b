using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Raritan.Tests.Conformance;

public sealed class PxPeerConformance(PxHarness harness) : HttpsPeerConformanceTests<PxHarness>(harness);
