using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

public sealed class TrueNasWebSocketPeerConformance(TrueNasWebSocketHarness harness) : HttpsPeerConformanceTests<TrueNasWebSocketHarness>(harness);
