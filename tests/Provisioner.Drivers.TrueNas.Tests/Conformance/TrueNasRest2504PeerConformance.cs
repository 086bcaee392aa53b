using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

public sealed class TrueNasRest2504PeerConformance(TrueNasRest2504Harness harness) : HttpsPeerConformanceTests<TrueNasRest2504Harness>(harness);
