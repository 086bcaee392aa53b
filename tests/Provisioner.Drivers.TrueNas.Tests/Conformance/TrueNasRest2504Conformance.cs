using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

public sealed class TrueNasRest2504Conformance(TrueNasRest2504Harness harness) : DriverConformanceTests<TrueNasRest2504Harness>(harness);
