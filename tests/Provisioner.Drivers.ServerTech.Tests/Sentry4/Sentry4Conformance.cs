using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.ServerTech.Tests;

public sealed class Sentry4V2cConformance(Sentry4V2cHarness harness) : DriverConformanceTests<Sentry4V2cHarness>(harness);

public sealed class Sentry4V3Conformance(Sentry4V3Harness harness) : DriverConformanceTests<Sentry4V3Harness>(harness);
