using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

public sealed class TrueNasRest2510Conformance(TrueNasRest2510Harness harness) : DriverConformanceTests<TrueNasRest2510Harness>(harness);
