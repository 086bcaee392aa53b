using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Apc.Tests.Nmc;

public sealed class NmcConformance(NmcHarness harness) : DriverConformanceTests<NmcHarness>(harness);
