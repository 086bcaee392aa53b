using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

public sealed class TrueNasRest2510PeerConformance(TrueNasRest2510Harness harness) : HttpsPeerConformanceTests<TrueNasRest2510Harness>(harness);
