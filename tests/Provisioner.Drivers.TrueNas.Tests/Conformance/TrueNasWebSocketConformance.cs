using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

public sealed class TrueNasWebSocketConformance(TrueNasWebSocketHarness harness) : DriverConformanceTests<TrueNasWebSocketHarness>(harness);
