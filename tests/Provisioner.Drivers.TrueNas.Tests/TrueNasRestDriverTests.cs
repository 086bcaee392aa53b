using Provisioner.Drivers.TrueNas.Tests.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests;

public sealed class TrueNasRestDriverTests(TrueNasRest2510Harness harness) : TrueNasDriverTests<TrueNasRest2510Harness>(harness);
