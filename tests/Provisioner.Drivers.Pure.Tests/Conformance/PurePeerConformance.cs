using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Pure.Tests.Conformance;

public sealed class PurePeerConformance(PureHarness harness) : HttpsPeerConformanceTests<PureHarness>(harness);
