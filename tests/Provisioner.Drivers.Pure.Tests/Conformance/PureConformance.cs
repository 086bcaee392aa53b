using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Pure.Tests.Conformance;

public sealed class PureConformance(PureHarness harness) : DriverConformanceTests<PureHarness>(harness);
